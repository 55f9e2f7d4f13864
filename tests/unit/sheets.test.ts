/** The sheet layout: the built-in dataset round-trips through the four CSVs, and what is wrong is refused by file › row › column. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/data/errors.ts';
import { claim, event, place, source } from '../../src/data/schema.ts';
import { exportSheets, importSheets, SHEETS, type SheetTexts } from '../../src/importers/sheets.ts';
import { DATA_DIR, geometryLookup, readAuthoredDataset, readSourceTexts } from '../../scripts/read-dataset.ts';

const today = new Date().toISOString().slice(0, 10);
const options = { today, geometryFor: geometryLookup(DATA_DIR), sourceTexts: readSourceTexts(DATA_DIR) };

function builtIn() {
  const read = readAuthoredDataset();
  if (!read.ok) throw new Error(read.errors.map(formatDataError).join('\n'));
  return read.records;
}

function builtInSheets(): SheetTexts {
  const sheets = exportSheets(builtIn());
  if (!sheets.ok) throw new Error(sheets.errors.map(formatDataError).join('\n'));
  return sheets.files;
}

function errorsOf(texts: Partial<SheetTexts>): string[] {
  const result = importSheets(texts, options);
  return result.ok ? [] : result.errors.map(formatDataError);
}

/** A sheet with one cell changed: `row` counts as the spreadsheet does (header = 1). */
function withCell(text: string, row: number, column: string, value: string): string {
  const rows = Papa.parse<string[]>(text.trimEnd()).data;
  rows[row - 1][rows[0].indexOf(column)] = value;
  return Papa.unparse(rows, { newline: '\r\n' });
}

describe('the sheet layout', () => {
  it('has a column for every field of the schema, so that a new field cannot be lost on the way', () => {
    const schemaFields = { 'sources.csv': source, 'places.csv': place, 'events.csv': event, 'claims.csv': claim };
    for (const sheet of SHEETS) expect(sheet.fields).toEqual(Object.keys(schemaFields[sheet.file].entries));
  });

  it('gives back the built-in dataset field for field after export and import', () => {
    const records = builtIn();
    const result = importSheets(builtInSheets(), options);
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    expect(result.records).toEqual(records);
    // The JSON files as written are the same bytes as the editors' files.
    for (const kind of ['sources', 'places', 'events', 'claims'] as const) {
      expect(`${JSON.stringify(result.records[kind], null, 2)}\n`).toBe(readFileSync(join(DATA_DIR, `${kind}.json`), 'utf8'));
    }
  });

  it('reads what spreadsheets write: a byte-order mark, LF or CRLF, columns in any order, blank rows, TRUE/FALSE', () => {
    const sheets = builtInSheets();
    // events.csv with its columns reversed and LF line ends, as another tool might save it.
    const table = Papa.parse<string[]>(sheets['events.csv'].trimEnd()).data;
    const reversed = Papa.unparse(
      table.map((cells) => [...cells].reverse()),
      { newline: '\n' },
    );
    const messy = {
      ...sheets,
      'sources.csv': `\uFEFF${sheets['sources.csv']}\r\n,,,\r\n\r\n`,
      'claims.csv': sheets['claims.csv'].replace(/,false,/g, ',FALSE,'),
      'events.csv': reversed,
    };
    expect(messy['claims.csv']).toContain(',FALSE,');
    const result = importSheets(messy, options);
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    expect(result.records).toEqual(builtIn());
  });

  it('keeps quoted cells with commas, quote marks and line breaks, and non-Latin text, exactly', () => {
    const records = builtIn();
    const tricky = 'A note, with commas, "quotes"\nand a line break; پښتو and اردو';
    const changed = { ...records, events: records.events.map((e, i) => (i === 0 ? { ...e, note: tricky } : e)) };
    const sheets = exportSheets(changed);
    if (!sheets.ok) throw new Error('export failed');
    const result = importSheets(sheets.files, options);
    expect(result.ok && result.records.events[0].note).toBe(tricky);
  });

  it('refuses a bad cell naming the file, the row and the column, and reports every error of the row', () => {
    const sheets = builtInSheets();
    let claims = withCell(sheets['claims.csv'], 14, 'saidOn', '2025-02-30');
    claims = withCell(claims, 14, 'placeIds', 'atlantis');
    const errors = errorsOf({ ...sheets, 'claims.csv': claims });
    expect(errors).toContain('claims.csv › row 14 › saidOn: expected a real calendar date');
    expect(errors).toContain('claims.csv › row 14 › placeIds: expected the id of one of the places, got unknown "atlantis"');
  });

  it('names the column of a nested field, a repeated id at its second row, an unknown or missing column and a missing file', () => {
    const sheets = builtInSheets();
    const events = withCell(sheets['events.csv'], 3, 'fatalities_best', 'many');
    const places = withCell(sheets['places.csv'], 5, 'id', 'khost');
    const errors = errorsOf({ ...sheets, 'events.csv': events, 'places.csv': places });
    // The row renamed to a repeat of "khost" was paktika: what refers to paktika is reported too.
    expect(errors.slice(0, 2)).toEqual([
      'events.csv › row 3 › fatalities_best: expected a number, got "many"',
      'places.csv › row 5 › id: expected a unique id, got a duplicate',
    ]);
    expect(errors.slice(2).every((e) => e.endsWith('got unknown "paktika"'))).toBe(true);

    const sources = sheets['sources.csv'].replace(/^id,publisher/, 'id,publsher');
    const { 'claims.csv': _claims, ...withoutClaims } = { ...sheets, 'sources.csv': sources };
    const structural = errorsOf(withoutClaims);
    expect(structural.some((e) => e.startsWith('sources.csv › row 1 › publsher: expected one of the columns'))).toBe(true);
    expect(structural).toContain('sources.csv › row 1 › publisher: expected this column, found none');
    expect(structural).toContain('claims.csv › (whole file): expected this file, found none');
  });

  it('names lon or lat for a point outside the world', () => {
    const sheets = builtInSheets();
    const row = Papa.parse<string[]>(sheets['places.csv']).data.findIndex((cells) => cells[0] === 'kabul') + 1;
    const errors = errorsOf({ ...sheets, 'places.csv': withCell(sheets['places.csv'], row, 'lat', '134.5') });
    expect(errors).toContain(`places.csv › row ${row} › lat: expected a latitude from -90 to 90`);
  });

  it('refuses to export a list item holding the list separator, rather than splitting it on the way back', () => {
    const records = builtIn();
    const changed = { ...records, places: records.places.map((p, i) => (i === 0 ? { ...p, altNames: ['one; two'] } : p)) };
    const result = exportSheets(changed);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      `places.csv › ${records.places[0].id} › altNames: expected list items without ";", the sheets' list separator`,
    ]);
  });
});

describe('npm run export:sheets and import:sheets', () => {
  it('write the four CSVs and read them back into a dataset folder; a wrong sheet writes nothing', { timeout: 60_000 }, () => {
    const sheetsDir = mkdtempSync(join(tmpdir(), 'borderlines-sheets-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'borderlines-into-'));
    cpSync(join(DATA_DIR, 'geo'), join(dataDir, 'geo'), { recursive: true });
    cpSync(join(DATA_DIR, 'source-texts'), join(dataDir, 'source-texts'), { recursive: true });
    const run = (script: string, args: string[]) =>
      execFileSync('npm', ['run', '-s', script, '--', ...args], { encoding: 'utf8', stdio: 'pipe' });
    run('export:sheets', [DATA_DIR, '--to', sheetsDir]);
    for (const { file } of SHEETS) expect(existsSync(join(sheetsDir, file))).toBe(true);

    const claims = readFileSync(join(sheetsDir, 'claims.csv'), 'utf8');
    writeFileSync(join(sheetsDir, 'claims.csv'), withCell(claims, 14, 'saidOn', 'last week'));
    let stderr = '';
    try {
      run('import:sheets', [sheetsDir, '--into', dataDir]);
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    expect(stderr).toBe('claims.csv › row 14 › saidOn: expected a date written YYYY, YYYY-MM or YYYY-MM-DD\n');
    expect(existsSync(join(dataDir, 'claims.json'))).toBe(false);

    writeFileSync(join(sheetsDir, 'claims.csv'), claims);
    run('import:sheets', [sheetsDir, '--into', dataDir]);
    for (const kind of ['sources', 'places', 'events', 'claims']) {
      expect(readFileSync(join(dataDir, `${kind}.json`), 'utf8')).toBe(readFileSync(join(DATA_DIR, `${kind}.json`), 'utf8'));
    }
  });
});

describe('the blank templates', () => {
  it('each have the header of its sheet and one example row, and import together', () => {
    const dir = new URL('../../data/templates/', import.meta.url).pathname;
    const texts = Object.fromEntries(SHEETS.map(({ file }) => [file, readFileSync(join(dir, file), 'utf8')])) as SheetTexts;
    for (const text of Object.values(texts)) expect(text.trimEnd().split('\r\n').length).toBe(2);
    const result = importSheets(texts, options);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
  });
});
