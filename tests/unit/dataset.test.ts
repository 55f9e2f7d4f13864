/** The shipped dataset: valid, true to its source, and refused by the check when broken. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/data/errors.ts';
import { DATA_DIR, readDataset } from '../../scripts/read-dataset.ts';

function loadShipped() {
  const result = readDataset();
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.dataset;
}

/** A copy of data/ in a temporary folder, with one file changed by `edit`. */
function brokenCopy(file: string, edit: (records: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'borderlines-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  const records = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(records);
  writeFileSync(join(dir, file), JSON.stringify(records));
  return dir;
}

describe('the shipped dataset', () => {
  const dataset = loadShipped();

  it('passes the check, verbatim quotes included', () => {
    expect(dataset.claims.length).toBeGreaterThan(50);
    expect(dataset.claims.filter((c) => c.mode === 'verbatim').length).toBeGreaterThan(20);
  });

  it('has the Taliban spokesman’s verbatim claim of a Pakistani attack near Boldak, tied to Spin Boldak', () => {
    const claim = dataset.claims.find((c) => c.placeIds.includes('spin-boldak') && c.text.includes('near Boldak'))!;
    expect(claim).toMatchObject({ mode: 'verbatim', side: 'taliban-government', speaker: { name: 'Zabihullah Mujahid' } });
  });

  it('links disputes in both directions, between different sides', () => {
    const byId = new Map(dataset.claims.map((c) => [c.id, c]));
    const disputes = dataset.claims.flatMap((c) => c.disputes.map((other) => [c, byId.get(other)!] as const));
    expect(disputes.length).toBeGreaterThan(10);
    for (const [claim, other] of disputes) expect(other.disputes).toContain(claim.id);
    expect(disputes.some(([a, b]) => a.side === 'taliban-government' && b.side === 'pakistan')).toBe(true);
  });

  it('marks the Waziristan outlines approximate', () => {
    const waziristan = dataset.places.filter((p) => p.id.endsWith('-waziristan'));
    expect(waziristan.map((p) => p.precision)).toEqual(['approximate', 'approximate']);
  });

  it('records an event only the Taliban allege as alleged', () => {
    expect(dataset.events.find((e) => e.placeIds.includes('spin-boldak'))).toMatchObject({ status: 'alleged' });
  });
});

describe('the dataset check refuses a broken dataset', () => {
  it('refuses a verbatim quote that is not the source’s exact words', () => {
    const dir = brokenCopy('claims.json', (claims) => {
      const claim = claims.find((c) => c.id === 'mujahid-quote-boldak-attack')!;
      claim.text = String(claim.text).replace('near Boldak', 'inside Boldak');
    });
    const result = readDataset(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(formatDataError(result.errors[0])).toMatch(/claims\.json › mujahid-quote-boldak-attack › text: expected the exact words/);
    }
  });

  it('prints every error of `npm run check:data`, one per line and nothing else, and exits with 1', { timeout: 60_000 }, () => {
    // A bad date and a bad id must not hide the same records' unknown place and source.
    const dir = brokenCopy('events.json', (events) => {
      Object.assign(events[0], { start: '2002-13-01', placeIds: ['atlantis'] });
      Object.assign(events[1], { id: 'Not A Slug', sourceIds: ['nowhere'] });
    });
    let output = '';
    let stdout = '';
    let status = 0;
    try {
      execFileSync('npm', ['run', '-s', 'check:data', '--', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ status, stderr: output, stdout } = error as { status: number; stderr: string; stdout: string });
    }
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = output.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/events\.json › operation-al-mizan-2002 › start: expected a real calendar date$/),
        expect.stringMatching(
          /events\.json › operation-al-mizan-2002 › placeIds: expected the id of one of the places, got unknown "atlantis"$/,
        ),
        expect.stringMatching(/events\.json › Not A Slug › id: expected a lower-case slug/),
        expect.stringMatching(/events\.json › Not A Slug › sourceIds: expected the id of one of the sources, got unknown "nowhere"$/),
      ]),
    );
    // Nothing but errors: no stack trace, no heading.
    for (const line of lines) expect(line).toMatch(/^\S.*\.json › [^›]+ › [\w.]+: expected /);
  });
  it('checks the optional named periods too, naming file › record › field', () => {
    const dir = brokenCopy('periods.json', (periods) => {
      Object.assign(periods[0], { to: '2025-09-31' });
    });
    let output = '';
    try {
      execFileSync('npm', ['run', '-s', 'check:data', '--', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = (error as { stderr: string }).stderr;
    }
    expect(output.trim()).toMatch(/periods\.json › october-november-2025 › to: expected a real calendar day written YYYY-MM-DD$/);
    // npm and a dataset check in a child process: seconds on a busy machine.
  }, 30_000);
});
