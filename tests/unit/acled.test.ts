/** ACLED exports in: the made-up fixture (tests/fixtures/acled-fixture.csv), the codebook's rules, re-imports and the command. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/data/errors.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { acledDate, isImported, mergeAcled, parseCategoryTable, readAcledExport, type AcledOptions } from '../../src/importers/acled.ts';
import { DATA_DIR, readAuthoredDataset } from '../../scripts/read-dataset.ts';

const FIXTURE = new URL('../fixtures/acled-fixture.csv', import.meta.url).pathname;
const fixture = readFileSync(FIXTURE, 'utf8');
/** The fixture without its row with a broken date (row 8, line 12). */
const fixed = fixture
  .split('\r\n')
  .filter((line) => !line.startsWith('FIX0007,'))
  .join('\r\n');

const table = parseCategoryTable(readFileSync(join(DATA_DIR, 'acled-categories.csv'), 'utf8'), 'acled-categories.csv');
if (!table.ok) throw new Error(table.errors.map(formatDataError).join('\n'));
const options: AcledOptions = {
  file: 'acled-fixture.csv',
  categories: table.table,
  categoriesFile: 'acled-categories.csv',
  accessedOn: '2025-11-20',
  filters: 'Country: Afghanistan, Pakistan',
  mayShare: false,
};

function read(text = fixed, extra: Partial<AcledOptions> = {}) {
  const result = readAcledExport(text, { ...options, ...extra });
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.read;
}

describe('reading an ACLED export', () => {
  it('refuses the fixture for its broken date, by row and line, and nothing else', () => {
    const result = readAcledExport(fixture, options);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      'acled-fixture.csv › row 8 (line 12) › event_date: expected a date written 2025-10-12 or 12 October 2025, got "31 September 2025"',
    ]);
  });

  it('reads every other row: shown as an event, or reported with why', () => {
    const { rows, records, skipped } = read();
    expect(rows).toBe(10);
    expect(records.events.map((e) => e.acled!.id)).toEqual(['FIX0001', 'FIX0002', 'FIX0003', 'FIX0004', 'FIX0008', 'FIX0010', 'FIX0011']);
    expect(skipped.map((s) => [s.acledId, s.row, s.line])).toEqual([
      ['FIX0005', 6, 8],
      ['FIX0002', 7, 9],
      ['FIX0009', 9, 13],
    ]);
    expect(skipped[0].reason).toMatch(/Protests \/ Peaceful protest without a category/);
    expect(skipped[1].reason).toMatch(/repeats row 3/);
    expect(rows).toBe(records.events.length + skipped.length);
  });

  it('reads both date forms ACLED has used, and refuses days that do not exist', () => {
    expect(acledDate('2025-10-12')).toBe('2025-10-12');
    expect(acledDate('12 October 2025')).toBe('2025-10-12');
    expect(acledDate('1 october 2025')).toBe('2025-10-01');
    expect(acledDate('31 September 2025')).toBeNull();
    expect(acledDate('2025-02-29')).toBeNull();
    expect(acledDate('10/12/2025')).toBeNull();
  });

  it('carries time precision: a day, an approximate day (a week), a month', () => {
    const byId = new Map(read().records.events.map((e) => [e.acled!.id, e]));
    expect(byId.get('FIX0001')).toMatchObject({
      start: '2025-10-12',
      datePrecision: 'day',
      dateApproximate: false,
      acled: { time_precision: 1 },
    });
    expect(byId.get('FIX0002')).toMatchObject({
      start: '2025-10-13',
      datePrecision: 'day',
      dateApproximate: true,
      acled: { time_precision: 2 },
    });
    expect(byId.get('FIX0004')).toMatchObject({ start: '2025-10', datePrecision: 'month', acled: { time_precision: 3 } });
  });

  it('keeps actors as names with no direction, fatalities as the best estimate, and null when missing', () => {
    const byId = new Map(read().records.events.map((e) => [e.acled!.id, e]));
    expect(byId.get('FIX0010')!.actors).toEqual(['Unidentified Armed Group (Test)', 'Test Cell One', 'Test Cell Two', 'Test Police']);
    expect(byId.get('FIX0003')!.actors).toEqual(['د ازموینې ډله', 'Civilians (Test)']);
    expect(byId.get('FIX0001')!.fatalities).toEqual({ low: null, best: 3, high: null });
    expect(byId.get('FIX0004')!.fatalities).toEqual({ low: null, best: null, high: null });
    // No field of an event says who attacked whom.
    for (const e of read().records.events) expect(Object.keys(e)).not.toEqual(expect.arrayContaining(['side']));
  });

  it("gives ACLED and the outlets it names as sources, and ACLED's notes as ACLED's own words, line breaks and all", () => {
    const { records } = read();
    const event = records.events.find((e) => e.acled!.id === 'FIX0002')!;
    const outlets = event.sourceIds.slice(1).map((id) => records.sources.find((s) => s.id === id)!.publisher);
    expect(event.sourceIds[0]).toBe('acled');
    expect(outlets).toEqual(['Test Daily', 'Test Radio']);
    const notes = records.claims.find((c) => c.eventIds.includes(event.id))!;
    expect(notes).toMatchObject({ speaker: { name: 'ACLED' }, mode: 'verbatim', sourceIds: ['acled'], saidOn: '2025-10-15' });
    expect(notes.text).toContain('"at least two", by another, four.\nSecond line');
    // An empty notes cell makes no claim; a non-Latin outlet gets a source of its own.
    expect(records.claims.some((c) => c.eventIds.includes('acled-fix0011'))).toBe(false);
    expect(records.sources.some((s) => s.publisher === 'ٹیسٹ اخبار' && /^acled-source-[a-z0-9]+$/.test(s.id))).toBe(true);
  });

  it('puts rows at one location on one place, as precise as the most precise of them', () => {
    const { records } = read();
    const boldak = records.events.filter((e) => ['FIX0001', 'FIX0004'].includes(e.acled!.id)).map((e) => e.placeIds[0]);
    expect(new Set(boldak).size).toBe(1);
    const place = records.places.find((p) => p.id === boldak[0])!;
    expect(place).toMatchObject({
      name: 'Spin Boldak',
      precision: 'exact',
      country: 'AF',
      geometry: { type: 'Point', coordinates: [66.4, 31.0058] },
    });
    const barmal = records.places.find((p) => p.name === 'Barmal')!;
    expect(barmal.precision).toBe('approximate');
    expect(records.places.find((p) => p.name === 'Kabul')!.kind).toBe('area');
    expect(records.places.length).toBe(6);
  });

  it("records the access date and filters as ACLED's attribution, and unknown as null", () => {
    expect(read().records.sources[0]).toMatchObject({
      id: 'acled',
      accessedOn: '2025-11-20',
      acled: { filters: 'Country: Afghanistan, Pakistan', mayShare: false },
    });
    expect(read(fixed, { accessedOn: null, filters: null }).records.sources[0]).toMatchObject({
      accessedOn: null,
      acled: { filters: null },
    });
  });

  it("follows the editor's mapping table", () => {
    const edited = parseCategoryTable('event_type,sub_event_type,category\r\nProtests,Peaceful protest,talks-ceasefire\r\n', 'mine.csv');
    if (!edited.ok) throw new Error('table');
    const { records, skipped } = read(fixed, { categories: edited.table, categoriesFile: 'mine.csv' });
    expect(records.events.map((e) => [e.acled!.id, e.category])).toEqual([['FIX0005', 'talks-ceasefire']]);
    expect(skipped.find((s) => s.acledId === 'FIX0001')!.reason).toBe('not shown: no row for Battles / Armed clash in mine.csv');
    const bad = parseCategoryTable('event_type,sub_event_type,category\r\nBattles,Armed clash,war\r\n', 'mine.csv');
    expect(bad.ok ? [] : bad.errors.map(formatDataError)).toEqual([
      'mine.csv › row 2 › category: expected one of military-operation, bombing-attack, airstrike, border-clash, crossing-closure, talks-ceasefire, displacement or an empty cell, got "war"',
    ]);
  });

  it('refuses one ACLED id on two different rows', () => {
    const lines = fixed.split('\r\n');
    const changed = [...lines, lines[1].replace(',3,,1760400000', ',4,,1760400000')].join('\r\n');
    const result = readAcledExport(changed, options);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      expect.stringMatching(/event_id_cnty: expected a unique ACLED id, got "FIX0001" again with other content \(first at row 2\)/),
    ]);
  });
});

describe('importing into an existing dataset', () => {
  const builtIn = readAuthoredDataset();
  if (!builtIn.ok) throw new Error('built-in dataset');

  it("adds the events, leaves the editor's records as they were and passes the dataset's checks", () => {
    const { records, report } = mergeAcled(builtIn.records, read().records, undefined);
    expect(report).toMatchObject({
      added: ['FIX0001', 'FIX0002', 'FIX0003', 'FIX0004', 'FIX0008', 'FIX0010', 'FIX0011'],
      changed: [],
      removed: [],
    });
    for (const kind of ['sources', 'places', 'events', 'claims'] as const) {
      expect((records[kind] as { id: string }[]).filter((r) => !isImported(r))).toEqual(builtIn.records[kind]);
    }
    const files = Object.fromEntries(Object.entries(records).map(([k, json]) => [k, { name: `${k}.json`, json }]));
    const result = validateDataset(files as never, {
      today: new Date().toISOString().slice(0, 10),
      geometryFor: () => ({ type: 'Point', coordinates: [0, 0] }),
    });
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
  });

  it('updates by ACLED id on a newer export: reports added, changed and removed, keeps a stated share', () => {
    const first = mergeAcled(builtIn.records, read().records, true).records;
    const lines = fixed.split('\r\n');
    const newer = lines
      .filter((line) => !line.startsWith('FIX0003,'))
      .map((line) => (line.startsWith('FIX0001,') ? line.replace(',3,,1760400000', ',4,,1761400000') : line))
      .concat(lines[1].replace('FIX0001', 'FIX0012'))
      .join('\r\n');
    const { records, report } = mergeAcled(first, read(newer).records, undefined);
    expect(report).toEqual({ added: ['FIX0012'], changed: ['FIX0001'], unchanged: 5, removed: ['FIX0003'] });
    expect(records.events.find((e) => e.acled?.id === 'FIX0001')!.fatalities.best).toBe(4);
    expect(records.events.some((e) => e.acled?.id === 'FIX0003')).toBe(false);
    expect(records.sources.find((s) => s.id === 'acled')!.acled!.mayShare).toBe(true);
  });
});

describe('npm run import:acled', () => {
  const run = (args: string[]) => {
    try {
      return {
        status: 0,
        ...pick(execFileSync('npm', ['run', '-s', 'import:acled', '--', ...args], { encoding: 'utf8', stdio: 'pipe' }), ''),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, ...pick(e.stdout, e.stderr) };
    }
  };
  const pick = (stdout: string, stderr: string) => ({ stdout, stderr });

  it(
    'writes nothing for the fixture as shipped, naming the broken row by line; imports it fixed, saying what is unknown',
    { timeout: 60_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'borderlines-acled-'));
      cpSync(DATA_DIR, dir, { recursive: true });
      const before = readFileSync(join(dir, 'events.json'), 'utf8');
      const refused = run([FIXTURE, '--into', dir]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(
        'acled-fixture.csv › row 8 (line 12) › event_date: expected a date written 2025-10-12 or 12 October 2025, got "31 September 2025"\n',
      );
      expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(before);

      writeFileSync(join(dir, 'export.csv'), fixed);
      const done = run([join(dir, 'export.csv'), '--into', dir]);
      expect(done.status).toBe(0);
      expect(done.stdout).toMatch(/Read 10 rows of .*: 7 shown as events, 3 not shown\./);
      expect(done.stdout).toMatch(/Added 7, changed 0, unchanged 0, removed 0/);
      expect(done.stdout).toMatch(/row 6 \(line 8\), ACLED FIX0005: not shown/);
      expect(done.stdout).toMatch(/access date was not given .*recorded as unknown/);
      expect(done.stdout).toMatch(/filters were not given .*recorded as unknown/);
      expect(done.stdout).toMatch(/downloads leave ACLED's rows out/);
      expect(JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')).length).toBe(JSON.parse(before).length + 7);
    },
  );
});
