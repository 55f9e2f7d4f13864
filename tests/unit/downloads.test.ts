/** What readers download (data/events.csv, data/claims.csv) and what "Open a file" reads, beside the sheets' round trip. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/data/errors.ts';
import { acledRowsLeftOut, publishedFiles } from '../../src/data/publish.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { mergeAcled, parseCategoryTable, readAcledExport } from '../../src/importers/acled.ts';
import { parseCsv } from '../../src/importers/csv.ts';
import { readerCsvFiles } from '../../src/importers/downloads.ts';
import { openFiles } from '../../src/importers/open-files.ts';
import { exportSheets } from '../../src/importers/sheets.ts';
import { DATA_DIR, readAuthoredDataset, readDataset } from '../../scripts/read-dataset.ts';

const today = new Date().toISOString().slice(0, 10);
const categoriesCsv = readFileSync(join(DATA_DIR, 'acled-categories.csv'), 'utf8');
const fixture = readFileSync(new URL('../fixtures/acled-fixture.csv', import.meta.url), 'utf8')
  .split('\r\n')
  .filter((line) => !line.startsWith('FIX0007,'))
  .join('\r\n');

function builtIn(): Dataset {
  const result = readDataset();
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.dataset;
}

/** The built-in dataset with the fixture's ACLED rows imported, as the build would publish it. */
function withAcled(mayShare: boolean): Dataset {
  const table = parseCategoryTable(categoriesCsv, 'acled-categories.csv');
  const authored = readAuthoredDataset();
  if (!table.ok || !authored.ok) throw new Error('setup');
  const read = readAcledExport(fixture, {
    file: 'x.csv',
    categories: table.table,
    categoriesFile: 'x',
    accessedOn: null,
    filters: null,
    mayShare: false,
  });
  if (!read.ok) throw new Error(read.errors.map(formatDataError).join('\n'));
  const { records } = mergeAcled(authored.records, read.read.records, mayShare);
  const resolved = builtIn().places;
  const places = records.places.map((p) => resolved.find((r) => r.id === p.id) ?? p);
  const files = Object.fromEntries(Object.entries({ ...records, places }).map(([k, json]) => [k, { name: k, json }]));
  const result = validateDataset(files as never, { today });
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.dataset;
}

const rowsOf = (text: string) => {
  const table = parseCsv(text);
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c, table.cell(row, c)])));
};

describe('the CSVs offered to readers', () => {
  it("hold every event and claim of the built-in dataset, in the sheets' columns", () => {
    const dataset = builtIn();
    const files = readerCsvFiles(dataset);
    expect(rowsOf(files['events.csv']).map((r) => r.id)).toEqual(dataset.events.map((e) => e.id));
    expect(rowsOf(files['claims.csv']).map((r) => r.id)).toEqual(dataset.claims.map((c) => c.id));
  });

  it('neutralise a cell that a spreadsheet would run as a formula', () => {
    const dataset = builtIn();
    const hostile = {
      ...dataset,
      claims: dataset.claims.map((c, i) => (i === 0 ? { ...c, text: '=HYPERLINK("http://example.invalid","x")' } : c)),
    };
    expect(rowsOf(readerCsvFiles(hostile)['claims.csv'])[0].text).toBe('\'=HYPERLINK("http://example.invalid","x")');
    // The editor's own sheet keeps it as written.
    const authored = readAuthoredDataset();
    if (!authored.ok) throw new Error('setup');
    const sheets = exportSheets({ ...authored.records, claims: hostile.claims });
    expect(sheets.ok && rowsOf(sheets.files['claims.csv'])[0].text).toBe('=HYPERLINK("http://example.invalid","x")');
  });

  it("leave ACLED's events and notes out unless the editor stated they may be shared", () => {
    const restricted = withAcled(false);
    expect(acledRowsLeftOut(restricted).events).toBe(7);
    const files = readerCsvFiles(restricted);
    expect(rowsOf(files['events.csv']).some((r) => r.id.startsWith('acled-'))).toBe(false);
    expect(rowsOf(files['claims.csv']).some((r) => r.text.includes('Made-up row'))).toBe(false);
    expect(rowsOf(files['events.csv']).length).toBe(builtIn().events.length);

    const shared = withAcled(true);
    expect(acledRowsLeftOut(shared).events).toBe(0);
    const sharedEvents = rowsOf(readerCsvFiles(shared)['events.csv']);
    expect(sharedEvents.filter((r) => r.id.startsWith('acled-')).length).toBe(7);
    // The formula-like ACLED note is neutralised when it is offered.
    expect(
      rowsOf(readerCsvFiles(shared)['claims.csv'])
        .find((r) => r.id === 'acled-fix0010-notes')!
        .text.startsWith("'="),
    ).toBe(true);
  });
});

describe('opening files in the page', () => {
  const knownPlaces = builtIn().places;

  it("reads the four sheets, resolving area references to the map's own outlines", async () => {
    const authored = readAuthoredDataset();
    if (!authored.ok) throw new Error('setup');
    const sheets = exportSheets(authored.records);
    if (!sheets.ok) throw new Error('setup');
    const files = Object.entries(sheets.files).map(([name, text]) => ({ name, text }));
    const result = await openFiles({ files, today, knownPlaces, categoriesCsv });
    expect(result.ok && result.dataset.places).toEqual(knownPlaces);
  });

  it('reads the published files and the authored JSON, and refuses with the same errors as the tools', async () => {
    const published = Object.entries(publishedFiles(builtIn())).map(([name, text]) => ({ name, text }));
    const result = await openFiles({ files: published, today, knownPlaces: [], categoriesCsv });
    expect(result.ok && result.dataset.events.length).toBe(builtIn().events.length);

    const authored = ['sources', 'places', 'events', 'claims'].map((kind) => ({
      name: `${kind}.json`,
      text: readFileSync(join(DATA_DIR, `${kind}.json`), 'utf8'),
    }));
    authored[2] = { ...authored[2], text: authored[2].text.replace('"start": "2002"', '"start": "2002-13"') };
    const refused = await openFiles({ files: authored, today, knownPlaces, categoriesCsv });
    expect(refused.ok ? [] : refused.errors.map(formatDataError)).toEqual([
      'events.json › operation-al-mizan-2002 › start: expected a real calendar date',
    ]);
  });

  it('reads an ACLED export and says which rows are not shown and that its attribution is unknown', async () => {
    const result = await openFiles({ files: [{ name: 'export.csv', text: fixture }], today, knownPlaces, categoriesCsv });
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    expect(result.dataset.events.length).toBe(7);
    expect(result.notes[0]).toBe(
      'export.csv: 10 rows, 7 shown as events, 3 not shown. The access date and filters of the export are not known here.',
    );
    expect(result.notes.slice(1).map((n) => n.split(':')[0])).toEqual([
      'Row 6 (line 8), ACLED FIX0005',
      'Row 7 (line 9), ACLED FIX0002',
      'Row 9 (line 13), ACLED FIX0009',
    ]);
  });
});
