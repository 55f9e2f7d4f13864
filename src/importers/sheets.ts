/**
 * The spreadsheet layout of a dataset: one CSV per record kind (sources.csv, places.csv,
 * events.csv, claims.csv), one row per record, one column per field. The layout is data: each
 * field of the schema is one line below, so that a field added to src/data/schema.ts is added
 * here by one line (tests/unit/sheets.test.ts fails until it is).
 *
 * Cells: an empty cell is null (an empty list for list fields, the default for optional
 * yes/no fields); lists are separated by ";"; a nested object is one column per member
 * (`fatalities_low`, `speaker_name`); a place's geometry is `lon` and `lat` for a point, or
 * `geometry` holding `ref:geo/<file>.geojson#<id>` or a GeoJSON geometry written as JSON; a
 * list of objects (`corrections`) or a place's `names` in other languages is one cell of JSON.
 * data/README.md documents the same for editors.
 */
import type { DataError } from '../data/errors.ts';
import type { AuthoredPlace, Claim, Dataset, Event, Source } from '../data/schema.ts';
import { validateDataset, type DatasetFiles, type ValidateOptions, type ValidationResult } from '../data/validate.ts';
import { parseCsv, writeCsv, type CsvRow, type WriteOptions } from './csv.ts';

/** A value read from a cell, or why the cell cannot be read. */
type Read = { value: unknown } | { omit: true } | { error: string };
const OMIT: Read = { omit: true };

interface Column {
  /** The column's name in the header row. */
  name: string;
  /** The field it holds, as a path into the record (["fatalities", "low"]). */
  path: string[];
  /** A column that must be in the header (its field has no default). */
  required: boolean;
  write(value: unknown): string;
  read(cell: string): Read;
}

export const LIST_SEPARATOR = ';';

const number = (cell: string): Read =>
  /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell) ? { value: Number(cell) } : { error: `expected a number, got "${cell}"` };

/** Field kinds, each a way of writing a value into one cell and reading it back. */
const kinds = {
  /** Text that must be there. */
  text: {
    required: true,
    write: (v: unknown) => (v == null ? '' : String(v)),
    read: (c: string): Read => (c === '' ? OMIT : { value: c }),
  },
  /** Text or null. */
  nullable: {
    required: true,
    write: (v: unknown) => (v == null ? '' : String(v)),
    read: (c: string): Read => ({ value: c === '' ? null : c }),
  },
  /** A number that must be there. */
  number: { required: true, write: (v: unknown) => (v == null ? '' : String(v)), read: (c: string): Read => (c === '' ? OMIT : number(c)) },
  /** A number or null. */
  nullableNumber: {
    required: true,
    write: (v: unknown) => (v == null ? '' : String(v)),
    read: (c: string): Read => (c === '' ? { value: null } : number(c)),
  },
  /** Yes or no, written true/false (spreadsheets write TRUE/FALSE: read either); empty is the default. */
  flag: {
    required: false,
    write: (v: unknown) => (v == null ? '' : String(v)),
    read: (c: string): Read => {
      if (c === '') return OMIT;
      if (/^true$/i.test(c)) return { value: true };
      if (/^false$/i.test(c)) return { value: false };
      return { error: `expected true or false, got "${c}"` };
    },
  },
  /** A structured value (a list of corrections) written as JSON; empty is none. */
  json: {
    required: false,
    write: (v: unknown) => (v === undefined ? '' : JSON.stringify(v)),
    read: (c: string): Read => {
      if (c === '') return OMIT;
      try {
        return { value: JSON.parse(c) };
      } catch {
        return { error: `expected JSON such as [{"on": "2025-11-20", "what": "…", "why": "…"}], got "${c.slice(0, 40)}"` };
      }
    },
  },
  /** A list of ids or texts, separated by ";"; empty is the empty list. */
  list: {
    required: false,
    write: (v: unknown) => (Array.isArray(v) ? v.join(LIST_SEPARATOR) : ''),
    read: (c: string): Read => ({ value: c === '' ? [] : c.split(LIST_SEPARATOR).map((item) => item.trim()) }),
  },
};
type Kind = keyof typeof kinds;

/** One field (or one member of a nested object) in one column. */
const field = (path: string, kind: Kind, options: { optional?: boolean } = {}): Column => ({
  name: path.replace('.', '_'),
  path: path.split('.'),
  ...kinds[kind],
  required: kinds[kind].required && !options.optional,
});

/**
 * A place's geometry in three columns: `lon` and `lat` for a point (the form editors type), or
 * `geometry` for a reference to a derived file (`ref:geo/areas.geojson#khost`) or any other
 * GeoJSON geometry, written as JSON.
 */
const GEOMETRY_COLUMNS = ['geometry', 'lon', 'lat'];
function writeGeometry(geometry: AuthoredPlace['geometry']): Record<string, string> {
  if ('ref' in geometry) return { geometry: `ref:${geometry.ref}`, lon: '', lat: '' };
  if (geometry.type === 'Point' && geometry.coordinates.length === 2 && !('bbox' in geometry) && Object.keys(geometry).length === 2) {
    return { geometry: '', lon: String(geometry.coordinates[0]), lat: String(geometry.coordinates[1]) };
  }
  return { geometry: JSON.stringify(geometry), lon: '', lat: '' };
}
function readGeometry(cells: Record<string, string>): { value?: unknown; error?: { column: string; message: string } } {
  const { geometry = '', lon = '', lat = '' } = cells;
  if (geometry !== '') {
    if (lon !== '' || lat !== '') return { error: { column: 'geometry', message: 'expected either geometry or lon and lat, got both' } };
    if (geometry.startsWith('ref:')) return { value: { ref: geometry.slice(4) } };
    try {
      return { value: JSON.parse(geometry) };
    } catch {
      return {
        error: {
          column: 'geometry',
          message: `expected "ref:geo/<file>.geojson#<id>" or a GeoJSON geometry, got "${geometry.slice(0, 40)}"`,
        },
      };
    }
  }
  if (lon === '' && lat === '') return {};
  for (const [column, cell] of [
    ['lon', lon],
    ['lat', lat],
  ] as const) {
    if (cell === '') return { error: { column, message: 'expected a number, got an empty cell (a point needs lon and lat)' } };
    const read = number(cell);
    if ('error' in read) return { error: { column, message: read.error } };
  }
  return { value: { type: 'Point', coordinates: [Number(lon), Number(lat)] } };
}

export interface Sheet {
  file: 'sources.csv' | 'places.csv' | 'events.csv' | 'claims.csv';
  kind: keyof DatasetFiles;
  columns: Column[];
  /** The record's top-level fields, in the schema's order (the order the JSON files are written in). */
  fields: string[];
  /** Nested objects whose members are all empty are left out rather than written empty (an optional object). */
  optionalGroups: string[];
}

/** Every field of the schema, in the schema's order; one line per field. */
export const SHEETS: Sheet[] = [
  sheet(
    'sources.csv',
    'sources',
    [
      field('id', 'text'),
      field('publisher', 'text'),
      field('title', 'nullable'),
      field('url', 'nullable'),
      field('publishedOn', 'nullable'),
      field('publishedOnPrecision', 'nullable'),
      field('accessedOn', 'nullable'),
      field('archiveUrl', 'nullable', { optional: true }),
      field('note', 'nullable', { optional: true }),
      field('acled.filters', 'nullable', { optional: true }),
      field('acled.mayShare', 'flag', { optional: true }),
      field('corrections', 'json'),
    ],
    ['acled'],
  ),
  sheet('places.csv', 'places', [
    field('id', 'text'),
    field('name', 'text'),
    field('altNames', 'list'),
    // The place's names in Urdu, Pashto and Dari with where each comes from, as one JSON cell.
    field('names', 'json'),
    field('kind', 'text'),
    field('country', 'nullable'),
    field('precision', 'text'),
    field('reference', 'text'),
    field('note', 'nullable', { optional: true }),
    field('corrections', 'json'),
    // geometry: the three columns of GEOMETRY_COLUMNS, handled by writeGeometry and readGeometry.
  ]),
  sheet(
    'events.csv',
    'events',
    [
      field('id', 'text'),
      field('title', 'text'),
      field('category', 'text'),
      field('event_type', 'text'),
      field('sub_event_type', 'text'),
      field('status', 'text'),
      field('start', 'text'),
      field('end', 'nullable'),
      field('datePrecision', 'text'),
      field('dateApproximate', 'flag'),
      field('geo_precision', 'number'),
      field('placeIds', 'list'),
      field('actors', 'list'),
      field('fatalities.low', 'nullableNumber'),
      field('fatalities.best', 'nullableNumber'),
      field('fatalities.high', 'nullableNumber'),
      field('sourceIds', 'list'),
      field('note', 'nullable', { optional: true }),
      field('acled.id', 'text', { optional: true }),
      field('acled.time_precision', 'number', { optional: true }),
      field('corrections', 'json'),
    ],
    ['acled'],
  ),
  sheet('claims.csv', 'claims', [
    field('id', 'text'),
    field('speaker.name', 'nullable'),
    field('speaker.role', 'nullable'),
    field('side', 'text'),
    field('text', 'text'),
    field('mode', 'text'),
    field('saidOn', 'text'),
    field('saidOnPrecision', 'text'),
    field('saidOnApproximate', 'flag'),
    field('topic', 'text'),
    field('placeIds', 'list'),
    field('eventIds', 'list'),
    field('sourceIds', 'list'),
    field('disputes', 'list'),
    field('supports', 'list'),
    field('note', 'nullable', { optional: true }),
    field('corrections', 'json'),
  ]),
];

function sheet(file: Sheet['file'], kind: Sheet['kind'], columns: Column[], optionalGroups: string[] = []): Sheet {
  const fields = [...new Set(columns.map((c) => c.path[0]))];
  if (kind === 'places') fields.push('geometry');
  return { file, kind, columns, fields, optionalGroups };
}

export function columnNames(sheet: Sheet): string[] {
  return [...sheet.columns.map((c) => c.name), ...(sheet.kind === 'places' ? GEOMETRY_COLUMNS : [])];
}

export interface AuthoredRecords {
  sources: Source[];
  places: AuthoredPlace[];
  events: Event[];
  claims: Claim[];
}

/** A record kind's records as a CSV's header and rows. Columns that no record uses and that may be left out are left out. */
export function recordsToTable(sheet: Sheet, records: readonly object[]): { columns: string[]; rows: string[][]; problems: DataError[] } {
  const problems: DataError[] = [];
  const used = sheet.columns.filter((c) => c.required || records.some((r) => valueAt(r, c.path) !== undefined));
  const columns = [...used.map((c) => c.name), ...(sheet.kind === 'places' ? GEOMETRY_COLUMNS : [])];
  const rows = records.map((record, index) => {
    const cells = used.map((column) => {
      const value = valueAt(record, column.path);
      if (Array.isArray(value) && value.some((item) => String(item).includes(LIST_SEPARATOR))) {
        const id = (record as { id?: string }).id ?? `record #${index + 1}`;
        problems.push({
          file: sheet.file,
          record: id,
          field: column.name,
          message: `expected list items without "${LIST_SEPARATOR}", the sheets' list separator`,
        });
      }
      return column.write(value);
    });
    if (sheet.kind === 'places') {
      const geometry = writeGeometry((record as AuthoredPlace).geometry);
      cells.push(...GEOMETRY_COLUMNS.map((c) => geometry[c]));
    }
    return cells;
  });
  return { columns, rows, problems };
}

export type SheetTexts = Record<Sheet['file'], string>;

/** The dataset as the four CSV texts; refused (with the record and field) where a value cannot be written losslessly. */
export function exportSheets(
  records: AuthoredRecords,
  options: WriteOptions = {},
): { ok: true; files: SheetTexts } | { ok: false; errors: DataError[] } {
  const errors: DataError[] = [];
  const files = {} as SheetTexts;
  for (const sheet of SHEETS) {
    const table = recordsToTable(sheet, records[sheet.kind]);
    errors.push(...table.problems);
    files[sheet.file] = writeCsv(table.columns, table.rows, options);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}

/**
 * Reads the four CSV texts (a missing file is undefined) into records and checks them with the
 * dataset's own checks. Every error names the file, the row as the spreadsheet numbers it and the
 * column: `claims.csv › row 14 › saidOn: …`. Any error refuses the whole import.
 */
export function importSheets(
  texts: Partial<SheetTexts>,
  options: ValidateOptions,
): { ok: true; records: AuthoredRecords; result: ValidationResult & { ok: true } } | { ok: false; errors: DataError[] } {
  const errors: DataError[] = [];
  const raw = {} as Record<Sheet['kind'], { json: object[]; rows: CsvRow[] }>;
  for (const sheet of SHEETS) {
    const text = texts[sheet.file];
    if (text === undefined) {
      errors.push({ file: sheet.file, record: null, field: null, message: 'expected this file, found none' });
      raw[sheet.kind] = { json: [], rows: [] };
      continue;
    }
    raw[sheet.kind] = readSheet(sheet, text, errors);
  }
  // Without a whole file or header, every reference into it would be reported too: stop at those.
  if (errors.some((e) => e.record === null || e.record === 'row 1')) return { ok: false, errors };

  const files = Object.fromEntries(SHEETS.map((s) => [s.kind, { name: s.file, json: raw[s.kind].json }])) as unknown as DatasetFiles;
  const result = validateDataset(files, options);
  if (!result.ok || errors.length > 0) {
    // A cell that could not be read is reported once, not again as missing by the checks.
    const sheetOf = new Map(SHEETS.map((s) => [s.file, s]));
    const unreadable = new Set(errors.map((e) => `${e.file} › ${e.record} › ${e.field}`));
    const checks = result.ok ? [] : result.errors.map((e) => inSheetTerms(e, sheetOf.get(e.file as Sheet['file']), raw));
    return { ok: false, errors: [...errors, ...checks.filter((e) => !unreadable.has(`${e.file} › ${e.record} › ${e.field}`))] };
  }
  // The authored form (geometry references kept), as the schema outputs it, field order included.
  return { ok: true, records: authoredRecords(raw.places.json, result.dataset), result };
}

function readSheet(sheet: Sheet, text: string, errors: DataError[]): { json: object[]; rows: CsvRow[] } {
  const table = parseCsv(text);
  const at = (row: number, column: string | null, message: string) =>
    errors.push({ file: sheet.file, record: `row ${row}`, field: column, message });
  for (const problem of table.problems) at(problem.row, null, problem.message);
  const known = new Set(columnNames(sheet));
  const seen = new Set<string>();
  if (table.columns.length === 1 && table.columns[0].includes(';')) {
    at(1, null, 'expected columns separated by commas, got semicolons (save the sheet as "CSV UTF-8 (comma delimited)")');
    return { json: [], rows: [] };
  }
  for (const column of table.columns) {
    if (!known.has(column)) at(1, column || '(empty)', `expected one of the columns ${[...known].join(', ')}, got an unknown column`);
    else if (seen.has(column)) at(1, column, 'expected each column once, got it twice');
    seen.add(column);
  }
  for (const column of sheet.columns) {
    if (column.required && !seen.has(column.name)) at(1, column.name, 'expected this column, found none');
  }
  if (sheet.kind === 'places' && !seen.has('geometry') && !(seen.has('lon') && seen.has('lat'))) {
    at(1, 'geometry', 'expected a geometry column, or lon and lat columns, found neither');
  }
  const present = sheet.columns.filter((c) => seen.has(c.name));
  const json = table.rows.map((csvRow) => {
    const { row } = csvRow;
    const record: Record<string, unknown> = {};
    for (const column of present) {
      const read = column.read(table.cell(csvRow, column.name).trim());
      if ('error' in read) at(row, column.name, read.error);
      else if ('value' in read) setAt(record, column.path, read.value);
    }
    for (const group of sheet.optionalGroups) {
      const members = record[group] as Record<string, unknown> | undefined;
      if (members && Object.values(members).every((v) => v === null || v === undefined)) delete record[group];
    }
    if (sheet.kind === 'places') {
      const geometry = readGeometry(Object.fromEntries(GEOMETRY_COLUMNS.map((c) => [c, table.cell(csvRow, c).trim()])));
      if (geometry.error) at(row, geometry.error.column, geometry.error.message);
      else if (geometry.value !== undefined) record.geometry = geometry.value;
    }
    return record;
  });
  return { json, rows: table.rows };
}

/** An error the dataset's checks made (file › record id › field path) in the sheet's terms (file › row › column). */
function inSheetTerms(
  error: DataError,
  sheet: Sheet | undefined,
  raw: Record<Sheet['kind'], { json: object[]; rows: CsvRow[] }>,
): DataError {
  if (!sheet) return error;
  const { json, rows } = raw[sheet.kind];
  let index = -1;
  if (error.record?.startsWith('record #')) index = Number(error.record.slice(8)) - 1;
  else if (error.record !== null) {
    const matching = json.flatMap((r, i) => ((r as { id?: unknown }).id === error.record ? [i] : []));
    // validate.ts reports a repeated id at its second record, the rest at the first.
    index = error.field === 'id' && error.message.includes('duplicate') ? (matching[1] ?? matching[0]) : matching[0];
  }
  const record = index >= 0 && rows[index] ? `row ${rows[index].row}` : error.record;
  return {
    file: sheet.file,
    record,
    field: error.field === null ? null : columnOf(sheet, error.field, json[index]),
    message: error.message,
  };
}

/** The column that holds a field path such as "fatalities.low", "placeIds.2" or "geometry.coordinates.1". */
function columnOf(sheet: Sheet, fieldPath: string, record: object | undefined): string {
  const path = fieldPath.split('.');
  if (path[0] === 'geometry') {
    const isPoint = (record as { geometry?: { type?: string } } | undefined)?.geometry?.type === 'Point';
    if (isPoint && path[1] === 'coordinates' && (path[2] === '0' || path[2] === '1')) return path[2] === '0' ? 'lon' : 'lat';
    return isPoint && path.length === 1 ? 'lon' : 'geometry';
  }
  let best: Column | undefined;
  for (const column of sheet.columns) {
    const matches = column.path.every((part, i) => path[i] === part);
    if (matches && column.path.length > (best?.path.length ?? 0)) best = column;
  }
  return best?.name ?? fieldPath.replace('.', '_');
}

/** The checked records in their authored form: a place keeps its geometry reference rather than the resolved shape. */
function authoredRecords(rawPlaces: object[], checked: Dataset): AuthoredRecords {
  // With no error, every row became a record, in order: the checked places line up with the rows.
  const places = checked.places.map((p, i) => ({ ...p, geometry: (rawPlaces[i] as AuthoredPlace).geometry }));
  return { sources: checked.sources, places, events: checked.events, claims: checked.claims };
}

function valueAt(record: object, path: string[]): unknown {
  let value: unknown = record;
  for (const part of path) value = value == null ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

function setAt(record: Record<string, unknown>, path: string[], value: unknown): void {
  let target = record;
  for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
  target[path[path.length - 1]] = value;
}
