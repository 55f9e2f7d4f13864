/**
 * Translations of the records' words, kept apart from the records (data/translations/<lang>.json):
 * a claim or an event stays in the language of its source, and a translation says who made it and
 * whether a native speaker reviewed it. Checked by hand rather than by a schema, so that the page,
 * which checks the file it loads, does not download the schema library.
 */
import type { DataError } from './errors.ts';
import type { Dataset } from './schema.ts';

/** Which fields of which records may be translated: the words a reader reads, not ids or names of sources. */
export const TRANSLATABLE = {
  claim: ['text', 'note', 'topic'],
  event: ['title', 'note'],
  place: ['note'],
} as const;
export type TranslatableRecord = keyof typeof TRANSLATABLE;

export interface Translation {
  record: TranslatableRecord;
  id: string;
  field: string;
  text: string;
  /** A person, or the model that made a machine translation. */
  translator: string;
  /** Whether a native speaker has read and corrected it. */
  reviewed: boolean;
}

export const translationKey = (record: string, id: string, field: string): string => `${record}:${id}:${field}`;

const KEYS = ['record', 'id', 'field', 'text', 'translator', 'reviewed'];

/**
 * The valid translations of a file and an error for each bad entry, named by file, entry and field:
 * an unknown record, id or field, a field the record leaves empty, empty text, a missing translator,
 * a duplicate. A bad entry is left out; the others stand.
 */
export function checkTranslations(file: string, json: unknown, dataset: Dataset): { translations: Translation[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const translations: Translation[] = [];
  if (!Array.isArray(json)) return { translations, errors: [{ file, record: null, field: null, message: 'expected an array of translations' }] };
  const records: Record<TranslatableRecord, Map<string, object>> = {
    claim: new Map(dataset.claims.map((c) => [c.id, c])),
    event: new Map(dataset.events.map((e) => [e.id, e])),
    place: new Map(dataset.places.map((p) => [p.id, p])),
  };
  const seen = new Set<string>();
  json.forEach((entry: unknown, index) => {
    const raw = (entry ?? {}) as Record<string, unknown>;
    const where = typeof raw.record === 'string' && typeof raw.id === 'string' ? `${raw.record} ${raw.id}` : `entry ${index + 1}`;
    const fail = (field: string | null, message: string) => errors.push({ file, record: where, field, message });
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(null, 'expected an object');
    const unknownKey = Object.keys(raw).find((key) => !KEYS.includes(key));
    if (unknownKey) return fail(unknownKey, `unknown key (expected ${KEYS.join(', ')})`);
    if (typeof raw.record !== 'string' || !(raw.record in TRANSLATABLE)) return fail('record', `expected one of ${Object.keys(TRANSLATABLE).join(', ')}`);
    const kind = raw.record as TranslatableRecord;
    const target = typeof raw.id === 'string' ? records[kind].get(raw.id) : undefined;
    if (!target) return fail('id', `no ${kind} has this id`);
    const fields: readonly string[] = TRANSLATABLE[kind];
    if (typeof raw.field !== 'string' || !fields.includes(raw.field)) return fail('field', `a ${kind}'s translatable fields are ${fields.join(', ')}`);
    const original = (target as Record<string, unknown>)[raw.field];
    if (typeof original !== 'string' || original.trim() === '') return fail('field', `this ${kind} has no ${raw.field} to translate`);
    if (typeof raw.text !== 'string' || raw.text.trim() === '') return fail('text', 'expected the translated text');
    if (typeof raw.translator !== 'string' || raw.translator.trim() === '') return fail('translator', 'expected who translated it (a person, or the model of a machine translation)');
    if (typeof raw.reviewed !== 'boolean') return fail('reviewed', 'expected true (a native speaker reviewed it) or false');
    const key = translationKey(kind, raw.id as string, raw.field);
    if (seen.has(key)) return fail('field', `a second translation of ${raw.field}`);
    seen.add(key);
    translations.push({ record: kind, id: raw.id as string, field: raw.field, text: raw.text, translator: raw.translator, reviewed: raw.reviewed });
  });
  return { translations, errors };
}
