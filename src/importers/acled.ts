/**
 * An ACLED export (CSV, the columns of ACLED's codebook) → the dataset's records, and the merge
 * of those records into an existing dataset. Facts from ACLED's codebook this relies on:
 * - `time_precision` 1: the source gives the day; 2: a week or a similar period (ACLED codes a
 *   day within it); 3: only the month (ACLED codes a day in the middle of it).
 * - `geo_precision` 1: the named town, at its coordinates; 2: near a town or in a small part of a
 *   region; 3: only a larger region (a representative point such as the provincial capital).
 * - `actor1` and `actor2` imply no direction: actor1 is not "the attacker".
 * - `notes` is ACLED's own description of the event; `source` names the outlets it is coded from,
 *   separated by ";"; `fatalities` is ACLED's estimate; `event_date` has been written both as
 *   2025-10-12 and as 12 October 2025 in different export versions.
 *
 * ACLED's description becomes a claim whose speaker is ACLED (the map speaks in nobody's voice);
 * actors stay a list of names, never a side or a perpetrator.
 */
import { periodOf } from '../data/dates.ts';
import { ACLED_SOURCE_ID } from '../data/publish.ts';
import type { DataError } from '../data/errors.ts';
import type { AuthoredPlace, Claim, Event, Source } from '../data/schema.ts';
import { CATEGORIES, EVENT_TYPES, type Category } from '../data/vocabulary.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import type { AuthoredRecords } from './sheets.ts';

export { ACLED_SOURCE_ID };
/** Records the import made: the ACLED source and every record whose id starts "acled-". Everything else is the editor's. */
export const isImported = (record: { id: string }) => record.id === ACLED_SOURCE_ID || record.id.startsWith('acled-');

/** The columns an import cannot do without; the codebook's others are read when present. */
const REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
];

/** ISO 3166 numeric (ACLED's `iso`) → the two-letter code places use, for the countries of the region. */
const ISO_NUMERIC: Record<string, string> = {
  '4': 'AF',
  '586': 'PK',
  '364': 'IR',
  '356': 'IN',
  '156': 'CN',
  '762': 'TJ',
  '795': 'TM',
  '860': 'UZ',
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The editor's table from ACLED's event and sub-event types to the map's categories (null: not shown). */
export type CategoryTable = Map<string, { category: Category | null; note: string }>;
const typeKey = (eventType: string, subEventType: string) => `${eventType}\u0000${subEventType}`;

export function parseCategoryTable(text: string, file: string): { ok: true; table: CategoryTable } | { ok: false; errors: DataError[] } {
  const csv = parseCsv(text);
  const errors: DataError[] = csv.problems.map((p) => ({ file, record: `row ${p.row}`, field: null, message: p.message }));
  for (const column of ['event_type', 'sub_event_type', 'category']) {
    if (!csv.columns.includes(column)) errors.push({ file, record: 'row 1', field: column, message: 'expected this column, found none' });
  }
  const table: CategoryTable = new Map();
  if (errors.length === 0) {
    for (const csvRow of csv.rows) {
      const { row } = csvRow;
      const cell = (column: string) => csv.cell(csvRow, column).trim();
      const category = cell('category');
      if (category !== '' && !(CATEGORIES as readonly string[]).includes(category)) {
        errors.push({
          file,
          record: `row ${row}`,
          field: 'category',
          message: `expected one of ${CATEGORIES.join(', ')} or an empty cell, got "${category}"`,
        });
      }
      table.set(typeKey(cell('event_type'), cell('sub_event_type')), {
        category: (category || null) as Category | null,
        note: cell('note'),
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, table };
}

export interface AcledOptions {
  /** The export's name, used in every message. */
  file: string;
  categories: CategoryTable;
  /** The mapping table's name, used in the reasons rows are not shown. */
  categoriesFile: string;
  /** When the export was downloaded (YYYY-MM-DD); null: unknown. */
  accessedOn: string | null;
  /** The export's filters as the editor describes them; null: unknown. */
  filters: string | null;
  /** Whether the editor states ACLED's rows may be passed on to readers. */
  mayShare: boolean;
}

/** A row that is not shown on the map, and why. */
export interface SkippedRow {
  row: number;
  line: number;
  acledId: string;
  reason: string;
}

export interface AcledRead {
  /** Data rows in the export (blank rows aside). */
  rows: number;
  records: AuthoredRecords;
  skipped: SkippedRow[];
}

/**
 * Reads an ACLED export into records (the ACLED source, outlets, places, events, ACLED's notes as
 * claims). Any row ACLED's format does not allow (a broken date, a missing coordinate) refuses the
 * whole export, each named by row and line; rows that are fine but not shown come back in `skipped`.
 */
export function readAcledExport(text: string, options: AcledOptions): { ok: true; read: AcledRead } | { ok: false; errors: DataError[] } {
  const csv = parseCsv(text);
  const errors: DataError[] = [];
  const where = (row: number, line: number) => `row ${row} (line ${line})`;
  for (const p of csv.problems) errors.push({ file: options.file, record: `row ${p.row}`, field: null, message: p.message });
  const missing = REQUIRED_COLUMNS.filter((c) => !csv.columns.includes(c));
  for (const column of missing)
    errors.push({
      file: options.file,
      record: 'row 1',
      field: column,
      message: "expected this column of ACLED's export format, found none",
    });
  if (missing.length > 0) return { ok: false, errors };

  const skipped: SkippedRow[] = [];
  const firstRowOf = new Map<string, CsvRow>();
  const outlets = new Outlets();
  const places = new Map<string, AuthoredPlace>();
  const events: Event[] = [];
  const claims: Claim[] = [];
  const eventIdOwner = new Map<string, string>();

  // Cells by column index, looked up once: 150,000 rows × 31 columns.
  const at = Object.fromEntries(csv.columns.map((c, i) => [c, i]));
  for (const csvRow of csv.rows) {
    const { row, line, values } = csvRow;
    const cell = (column: string) => (at[column] === undefined ? '' : (values[at[column]] ?? '').trim());
    const fail = (field: string, message: string) => errors.push({ file: options.file, record: where(row, line), field, message });
    const acledId = cell('event_id_cnty');
    if (!acledId) {
      fail('event_id_cnty', "expected ACLED's event id, got an empty cell");
      continue;
    }
    const earlier = firstRowOf.get(acledId);
    if (earlier) {
      // Exports joined by hand repeat rows: the same row twice is one event; two different rows under one id are an error.
      if (sameCells(earlier.values, values))
        skipped.push({ row, line, acledId, reason: `repeats row ${earlier.row} (same ACLED id, same content): counted once` });
      else fail('event_id_cnty', `expected a unique ACLED id, got "${acledId}" again with other content (first at row ${earlier.row})`);
      continue;
    }
    firstRowOf.set(acledId, csvRow);

    const errorsBefore = errors.length;
    const date = acledDate(cell('event_date'));
    if (!date) fail('event_date', `expected a date written 2025-10-12 or 12 October 2025, got "${cell('event_date')}"`);
    const timePrecision = precisionCode(cell('time_precision'));
    if (!timePrecision) fail('time_precision', `expected 1, 2 or 3, got "${cell('time_precision')}"`);
    const geoPrecision = precisionCode(cell('geo_precision'));
    if (!geoPrecision) fail('geo_precision', `expected 1, 2 or 3, got "${cell('geo_precision')}"`);
    const eventType = cell('event_type');
    if (!(EVENT_TYPES as readonly string[]).includes(eventType))
      fail('event_type', `expected one of ACLED's event types (${EVENT_TYPES.join(', ')}), got "${eventType}"`);
    const subEventType = cell('sub_event_type');
    if (!subEventType) fail('sub_event_type', "expected ACLED's sub-event type, got an empty cell");
    const lat = coordinate(cell('latitude'), 90);
    if (lat === null) fail('latitude', `expected a latitude from -90 to 90, got "${cell('latitude')}"`);
    const lon = coordinate(cell('longitude'), 180);
    if (lon === null) fail('longitude', `expected a longitude from -180 to 180, got "${cell('longitude')}"`);
    const location = cell('location');
    if (!location) fail('location', "expected the location's name, got an empty cell");
    const fatalities = cell('fatalities');
    if (fatalities !== '' && !/^\d+$/.test(fatalities)) fail('fatalities', `expected a whole number or an empty cell, got "${fatalities}"`);
    const eventId = `acled-${slug(acledId)}`;
    if (eventIdOwner.has(eventId))
      fail(
        'event_id_cnty',
        `expected ids that differ in more than case and punctuation, got "${acledId}" and "${eventIdOwner.get(eventId)}"`,
      );
    eventIdOwner.set(eventId, acledId);
    if (errors.length > errorsBefore) continue;

    const mapping = options.categories.get(typeKey(eventType, subEventType));
    if (!mapping?.category) {
      const reason = mapping
        ? `${options.categoriesFile} leaves ${eventType} / ${subEventType} without a category${mapping.note ? ` (${mapping.note})` : ''}`
        : `no row for ${eventType} / ${subEventType} in ${options.categoriesFile}`;
      skipped.push({ row, line, acledId, reason: `not shown: ${reason}` });
      continue;
    }

    const place = placeFor(places, { location, lat: lat!, lon: lon!, geoPrecision: geoPrecision!, cell });
    const sourceIds = [ACLED_SOURCE_ID, ...outlets.idsFor(cell('source'))];
    const actors = unique([cell('actor1'), ...list(cell('assoc_actor_1')), cell('actor2'), ...list(cell('assoc_actor_2'))]);
    const start = timePrecision === 3 ? date!.slice(0, 7) : date!;
    events.push({
      id: eventId,
      title: `${subEventType} (${location})`,
      category: mapping.category,
      event_type: eventType as Event['event_type'],
      sub_event_type: subEventType,
      status: 'reported',
      start,
      end: null,
      datePrecision: timePrecision === 3 ? 'month' : 'day',
      // time_precision 2: ACLED's day stands for a week or a similar period.
      dateApproximate: timePrecision === 2,
      geo_precision: geoPrecision!,
      placeIds: [place.id],
      actors,
      fatalities: { low: null, best: fatalities === '' ? null : Number(fatalities), high: null },
      sourceIds,
      note: null,
      acled: { id: acledId, time_precision: timePrecision! },
    });
    const notes = cell('notes');
    if (notes) claims.push(notesClaim(eventId, notes, cell('timestamp'), options.accessedOn, start));
  }
  if (errors.length > 0) return { ok: false, errors };

  const acledSource: Source = {
    id: ACLED_SOURCE_ID,
    publisher: 'ACLED (Armed Conflict Location & Event Data)',
    title: 'ACLED data export',
    url: 'https://acleddata.com',
    publishedOn: null,
    publishedOnPrecision: null,
    accessedOn: options.accessedOn,
    note: "Events imported from an ACLED export (npm run import:acled). ACLED codes actor1 and actor2 without direction: neither is an attacker. Fatalities are ACLED's estimates.",
    acled: { filters: options.filters, mayShare: options.mayShare },
  };
  return {
    ok: true,
    read: {
      rows: csv.rows.length,
      records: { sources: [acledSource, ...outlets.sources()], places: [...places.values()], events, claims },
      skipped,
    },
  };
}

/** ACLED's description of an event, said by ACLED when it last changed the row (its `timestamp`). */
function notesClaim(eventId: string, notes: string, timestamp: string, accessedOn: string | null, eventStart: string): Claim {
  const seconds = /^\d+$/.test(timestamp) ? Number(timestamp) : NaN;
  const stamped = Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString().slice(0, 10) : null;
  // Without a timestamp, ACLED said it by the day the export was read, or at least after the event.
  const saidOn = stamped ?? accessedOn ?? eventStart;
  return {
    id: `${eventId}-notes`,
    speaker: { name: 'ACLED', role: 'Armed Conflict Location & Event Data, its description of the event' },
    side: 'publication',
    text: notes,
    // ACLED's words, copied by the import unchanged from the export's notes column.
    mode: 'verbatim',
    saidOn,
    saidOnPrecision: saidOn.length === 10 ? 'day' : 'month',
    saidOnApproximate: stamped === null,
    topic: "ACLED's description of the event",
    placeIds: [],
    eventIds: [eventId],
    sourceIds: [ACLED_SOURCE_ID],
    disputes: [],
    supports: [],
    note: stamped === null ? "The export gives no timestamp: the date is the access date or the event's." : null,
  };
}

/** Rows at the same coordinates and location share one place; its precision is the most precise of theirs. */
function placeFor(
  places: Map<string, AuthoredPlace>,
  {
    location,
    lat,
    lon,
    geoPrecision,
    cell,
  }: { location: string; lat: number; lon: number; geoPrecision: 1 | 2 | 3; cell: (c: string) => string },
): AuthoredPlace {
  const key = `${lat}|${lon}|${location}`;
  const existing = places.get(key);
  const precision = geoPrecision === 1 ? 'exact' : 'approximate';
  if (existing) {
    if (geoPrecision === 1 && existing.precision !== 'exact') Object.assign(existing, { precision, kind: 'city', note: PLACE_NOTES[1] });
    else if (geoPrecision === 2 && existing.kind === 'area') Object.assign(existing, { kind: 'city', note: PLACE_NOTES[2] });
    return existing;
  }
  const iso = ISO_NUMERIC[cell('iso')] ?? COUNTRY_NAMES[cell('country').toLowerCase()] ?? null;
  const admin = [cell('admin1'), cell('admin2'), cell('admin3')].filter(Boolean).join(' › ');
  const place: AuthoredPlace = {
    id: `acled-${slug(location) || 'place'}-${hash(key)}`,
    name: location,
    altNames: [],
    kind: geoPrecision === 3 ? 'area' : 'city',
    country: iso,
    precision,
    reference: `ACLED's coordinates for ${location}${admin ? ` (${admin})` : ''}${iso ? '' : cell('country') ? `, ${cell('country')}` : ''}`,
    note: PLACE_NOTES[geoPrecision],
    geometry: { type: 'Point', coordinates: [lon, lat] },
  };
  places.set(key, place);
  return place;
}

const PLACE_NOTES = {
  1: 'ACLED geo_precision 1: at this town.',
  2: 'ACLED geo_precision 2: near this town or in part of its region; the point stands for that area.',
  3: 'ACLED geo_precision 3: only a larger region is known; the point stands for it.',
} as const;

const COUNTRY_NAMES: Record<string, string> = {
  afghanistan: 'AF',
  pakistan: 'PK',
  iran: 'IR',
  india: 'IN',
  china: 'CN',
  tajikistan: 'TJ',
  turkmenistan: 'TM',
  uzbekistan: 'UZ',
};

/** The outlets ACLED names in `source`, each one source record, by name. */
class Outlets {
  private byName = new Map<string, Source>();
  private taken = new Set<string>();

  idsFor(cell: string): string[] {
    return unique(list(cell)).map((name) => {
      let source = this.byName.get(name);
      if (!source) {
        const base = slug(name);
        // Names that slug alike ("Dawn", "DAWN") or not at all (non-Latin) are told apart by a hash of the name.
        const id =
          base && !this.taken.has(`acled-source-${base}`) ? `acled-source-${base}` : `acled-source-${base ? `${base}-` : ''}${hash(name)}`;
        this.taken.add(id);
        source = {
          id,
          publisher: name,
          title: null,
          url: null,
          publishedOn: null,
          publishedOnPrecision: null,
          accessedOn: null,
          note: 'Named by ACLED as a source of its events; not read for this map.',
        };
        this.byName.set(name, source);
      }
      return source.id;
    });
  }

  sources(): Source[] {
    return [...this.byName.values()];
  }
}

/** "2025-10-12" or "12 October 2025" → "2025-10-12"; null when neither or not a real day. */
export function acledDate(value: string): string | null {
  let iso: string | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) iso = value;
  const written = value.match(/^(\d{1,2}) ([A-Za-z]+) (\d{4})$/);
  if (written) {
    const month = MONTHS.indexOf(written[2].toLowerCase()) + 1;
    if (month > 0) iso = `${written[3]}-${String(month).padStart(2, '0')}-${written[1].padStart(2, '0')}`;
  }
  if (!iso) return null;
  const month = Number(iso.slice(5, 7));
  if (month < 1 || month > 12) return null;
  const { first, last } = periodOf(iso.slice(0, 7));
  const day = Number(iso.slice(8, 10));
  return day >= 1 && day <= last - first + 1 ? iso : null;
}

function precisionCode(cell: string): 1 | 2 | 3 | null {
  return cell === '1' || cell === '2' || cell === '3' ? (Number(cell) as 1 | 2 | 3) : null;
}

function coordinate(cell: string, limit: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(cell)) return null;
  const value = Number(cell);
  return Math.abs(value) <= limit ? value : null;
}

function list(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}

function sameCells(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** A lower-case slug of Latin letters and digits ("Spin Boldak" → "spin-boldak"); empty for a name in another script. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short, stable hash (FNV-1a, base 36): ids that stay the same from one import to the next. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export interface MergeReport {
  added: string[];
  changed: string[];
  unchanged: number;
  /** ACLED ids the dataset had and the export no longer has (their events are removed, and said so). */
  removed: string[];
}

/**
 * The dataset with its imported records replaced by a new import's, by ACLED id. The editor's own
 * records (isImported false) stay as they are, in their order; the imported ones follow.
 * A source the editor stated shareable stays so unless the new import says otherwise.
 */
export function mergeAcled(
  existing: AuthoredRecords,
  imported: AuthoredRecords,
  mayShare: boolean | undefined,
): { records: AuthoredRecords; report: MergeReport } {
  const previous = new Map(existing.events.filter((e) => e.acled).map((e) => [e.acled!.id, e]));
  const previousNotes = new Map(existing.claims.filter(isImported).map((c) => [c.id, c]));
  const newNotes = new Map(imported.claims.map((c) => [c.id, c]));
  const report: MergeReport = { added: [], changed: [], unchanged: 0, removed: [] };
  const seen = new Set<string>();
  for (const event of imported.events) {
    const id = event.acled!.id;
    seen.add(id);
    const before = previous.get(id);
    if (!before) report.added.push(id);
    else if (
      JSON.stringify(before) !== JSON.stringify(event) ||
      JSON.stringify(previousNotes.get(`${before.id}-notes`)) !== JSON.stringify(newNotes.get(`${event.id}-notes`))
    )
      report.changed.push(id);
    else report.unchanged++;
  }
  for (const id of previous.keys()) if (!seen.has(id)) report.removed.push(id);

  const stated = mayShare ?? existing.sources.find((s) => s.id === ACLED_SOURCE_ID)?.acled?.mayShare ?? false;
  const sources = imported.sources.map((s) =>
    s.id === ACLED_SOURCE_ID ? { ...s, acled: { filters: s.acled?.filters ?? null, mayShare: stated } } : s,
  );
  const own = <T extends { id: string }>(records: T[]) => records.filter((r) => !isImported(r));
  return {
    records: {
      sources: [...own(existing.sources), ...sources],
      places: [...own(existing.places), ...imported.places],
      events: [...own(existing.events), ...imported.events],
      claims: [...own(existing.claims), ...imported.claims],
    },
    report,
  };
}
