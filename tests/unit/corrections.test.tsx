// @vitest-environment jsdom
/**
 * Corrections on records: the schema accepts a dated note of what changed and why and refuses a
 * malformed one with file › record › field; the sidebar shows "Corrected on <day>" on a corrected
 * record, with what and why on request; the corrections page lists every correction, escaped.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/model.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { validateDataset, type ValidationResult } from '../../src/data/validate.ts';
import { ClaimCard } from '../../src/sidebar/ClaimCard.tsx';
import { EventList } from '../../src/sidebar/EventList.tsx';
import { correctionsPage } from '../../scripts/corrections-page.ts';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

afterEach(cleanup);

type Records = ReturnType<typeof fixtureRecords>;

const FIX = { on: '2026-11-20', what: 'The title no longer says who crossed.', why: 'Only the speaker says so.' };

function validate(change: (r: Records) => void): ValidationResult {
  const records = fixtureRecords();
  change(records);
  return validateDataset(asFiles(records), { today: TODAY });
}

function datasetWith(change: (r: Records) => void): Dataset {
  const result = validate(change);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('corrections in the schema', () => {
  it('accepts corrections on every kind of record and keeps them', () => {
    const dataset = datasetWith((r) => {
      r.sources[0].corrections = [FIX];
      r.places[0].corrections = [FIX];
      r.events[0].corrections = [FIX, { ...FIX, on: '2026-11-21' }];
      r.claims[0].corrections = [FIX];
    });
    expect(dataset.events[0].corrections).toHaveLength(2);
    expect(dataset.claims[0].corrections?.[0]).toEqual(FIX);
    expect(dataset.places[0].corrections?.[0].why).toBe(FIX.why);
    expect(dataset.claims[1].corrections).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['a day known only to the month', [{ ...FIX, on: '2026-11' }], 'corrections.0.on'],
    ['an impossible day', [{ ...FIX, on: '2026-02-30' }], 'corrections.0.on'],
    ['a day after today', [FIX, { ...FIX, on: '2026-12-25' }], 'corrections.1.on'],
    ['no reason', [{ on: FIX.on, what: FIX.what }], 'corrections.0.why'],
    ['an empty what', [{ ...FIX, what: '  ' }], 'corrections.0.what'],
    ['an unknown field', [{ ...FIX, by: 'editor' }], 'corrections.0.by'],
    ['an empty list', [], 'corrections'],
  ])('refuses %s, naming file, record and field', (_, corrections, field) => {
    const result = validate((r) => (r.claims[1].corrections = corrections));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ file: 'claims.json', record: 'b-says', field }));
  });
});

describe('a corrected record in the sidebar', () => {
  it('shows "Corrected on" on a corrected claim, with what and why on request', () => {
    const dataset = datasetWith((r) => (r.claims[2].corrections = [FIX, { ...FIX, on: '2026-11-02', what: 'Earlier fix.' }]));
    const model = buildModel(dataset);
    const claim = model.claimById.get('talks')!;
    render(<ClaimCard claim={claim} model={model} shown={new Set(['talks'])} />);
    const note = screen.getByText('Corrected on 20 November 2026');
    const details = note.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(note);
    expect(details.open).toBe(true);
    // What changed and why are the record's words, each marked as English inside the item (<bdi lang="en">).
    const items = within(details)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toContainEqual(expect.stringMatching(/The title no longer says who crossed\..*Only the speaker says so\./));
    expect(items).toContainEqual(expect.stringMatching(/Earlier fix\./));
    expect(within(details).getByRole('link', { name: 'All corrections' }).getAttribute('href')).toBe('corrections.html');
  });

  it('shows no correction note on a record that was never corrected', () => {
    const model = buildModel(datasetWith(() => {}));
    render(<ClaimCard claim={model.claimById.get('talks')!} model={model} shown={new Set(['talks'])} />);
    expect(screen.queryByText(/Corrected on/)).toBeNull();
  });

  it('shows the note on a corrected event, and on a corrected source where it is cited', () => {
    const dataset = datasetWith((r) => {
      r.events[1].corrections = [FIX];
      r.sources[0].corrections = [{ ...FIX, on: '2026-11-26' }];
    });
    const model = buildModel(dataset);
    render(<EventList events={dataset.events.filter((e) => e.id === 'bombing')} model={model} />);
    expect(screen.getByText('Corrected on 20 November 2026')).toBeTruthy();
    expect(screen.getByText(/corrected on 26 November 2026/)).toBeTruthy();
  });
});

describe('the corrections page', () => {
  it('lists every correction newest first, with a link to the record on the map, and escapes the data', () => {
    const dataset = datasetWith((r) => {
      r.events[1].corrections = [{ ...FIX, what: '<img src=x onerror=alert(1)>' }];
      r.claims[0].corrections = [{ ...FIX, on: '2026-11-25' }];
    });
    const html = correctionsPage(dataset);
    expect(html.indexOf('25 November 2026')).toBeLessThan(html.indexOf('20 November 2026'));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('href="./?place=town"');
    expect(html).toContain('<code>a-says</code>');
  });
});
