/**
 * The records' translations: the built-in ones are valid, and a bad entry is an error naming the
 * file, the record and the field, while the good entries stand.
 */
import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../src/data/translations.ts';
import { readDataset, readTranslationFiles } from '../../scripts/read-dataset.ts';

const result = readDataset();
if (!result.ok) throw new Error('the built-in dataset must be valid');
const dataset = result.dataset;
const claim = dataset.claims[0];
const good = { record: 'claim', id: claim.id, field: 'text', text: 'ترجمہ', translator: 'A translator', reviewed: false };

describe('the records’ translations', () => {
  it('are valid for every language the data has, and label who made them', () => {
    const files = readTranslationFiles();
    expect(Object.keys(files).sort()).toEqual(['fa-AF.json', 'ps.json', 'ur.json']);
    for (const [name, json] of Object.entries(files)) {
      const { translations, errors } = checkTranslations(name, json, dataset);
      expect(errors).toEqual([]);
      expect(translations.length).toBeGreaterThan(0);
      for (const translation of translations) {
        expect(translation.translator).not.toBe('');
        expect(translation.reviewed).toBe(false);
      }
    }
  });

  it('cover every claim’s text and topic and every event’s title of the built-in data, in each language', () => {
    for (const [name, json] of Object.entries(readTranslationFiles())) {
      const done = new Set(checkTranslations(name, json, dataset).translations.map((t) => `${t.record}:${t.id}:${t.field}`));
      const missing = [
        ...dataset.claims.flatMap((c) => [`claim:${c.id}:text`, `claim:${c.id}:topic`]),
        ...dataset.events.map((e) => `event:${e.id}:title`),
      ].filter((key) => !done.has(key));
      expect(missing, name).toEqual([]);
    }
  });

  it('names the file, the record and the field of each bad entry, and keeps the good ones', () => {
    const { translations, errors } = checkTranslations(
      'translations/ur.json',
      [
        good,
        { ...good, id: 'no-such-claim' },
        { ...good, field: 'speaker' },
        { ...good, record: 'source' },
        { ...good, text: '  ' },
        { ...good, translator: '' },
        { ...good, reviewed: 'no' },
        { ...good, extra: 1 },
        good,
      ],
      dataset,
    );
    expect(translations).toEqual([good]);
    expect(errors.map((e) => `${e.file} › ${e.record} › ${e.field}`)).toEqual([
      'translations/ur.json › claim no-such-claim › id',
      `translations/ur.json › claim ${claim.id} › field`,
      `translations/ur.json › source ${claim.id} › record`,
      `translations/ur.json › claim ${claim.id} › text`,
      `translations/ur.json › claim ${claim.id} › translator`,
      `translations/ur.json › claim ${claim.id} › reviewed`,
      `translations/ur.json › claim ${claim.id} › extra`,
      `translations/ur.json › claim ${claim.id} › field`,
    ]);
    expect(checkTranslations('translations/ur.json', { not: 'an array' }, dataset).errors[0].message).toMatch(/array/);
  });
});
