/**
 * The Urdu catalogue (ur): a machine translation, not reviewed by a native speaker (see
 * `meta` and TRANSLATING.md). Loaded only when Urdu is chosen.
 */
import type { Catalogue } from './en.ts';

export const catalogue: Catalogue = {
  meta: {
    language: 'ur',
    translator: 'Machine translation by an AI model (Claude, Anthropic), made for the Borderlines project',
    reviewedByNativeSpeaker: false,
    note: 'Not reviewed by a native speaker. Corrections welcome: see TRANSLATING.md.',
  },
  messages: {
    'app.title': "بارڈرلائنز: پاکستان–افغانستان سرحد کے بارے میں کون کیا دعویٰ کرتا ہے",
    'app.note': "ہر بیان اسے دینے والے سے منسوب ہے؛ یہ نقشہ اپنی طرف سے کوئی دعویٰ نہیں کرتا۔",
    'app.loading': "نقشہ اور اس کا ڈیٹا لوڈ ہو رہا ہے…",
    'app.loadingMap': "نقشہ لوڈ ہو رہا ہے…",
    'app.loadingRecords': "واقعات اور دعوے لوڈ ہو رہے ہیں…",
    'app.status': "{first} سے {last} تک {places} پر {events}",
    'app.events': { one: "{count} واقعہ", other: "{count} واقعات" },
    'app.places': { one: "{count} مقام", other: "{count} مقامات" },
    'app.claims': { one: "{count} دعویٰ", other: "{count} دعوے" },
    'app.mapUnavailable': "اس براؤزر میں نقشہ شروع نہیں ہو سکا۔ مقامات، واقعات اور دعووں کی فہرست اس کے بغیر بھی کام کرتی ہے۔",
    'app.mapUnavailableWhy': "کیوں",
    'app.noWebgl': "WebGL دستیاب نہیں ہے",
    'app.embedCredit': "بارڈرلائنز · ہر بیان اپنے کہنے والے سے منسوب",
    'app.openFullMap': "مکمل نقشہ کھولیں",
    'language.label': "زبان",
  },
};
