/**
 * The Dari catalogue (fa-AF): a machine translation, not reviewed by a native speaker (see
 * `meta` and TRANSLATING.md). Loaded only when Dari is chosen.
 */
import type { Catalogue } from './en.ts';

export const catalogue: Catalogue = {
  meta: {
    language: 'fa-AF',
    translator: 'Machine translation by an AI model (Claude, Anthropic), made for the Borderlines project',
    reviewedByNativeSpeaker: false,
    note: 'Not reviewed by a native speaker. Corrections welcome: see TRANSLATING.md.',
  },
  messages: {
    'app.title': "بوردرلاینز: چه کسی درباره سرحد پاکستان–افغانستان چه ادعا دارد",
    'app.note': "هر گفته به گوینده‌اش نسبت داده شده است؛ این نقشه از جانب خود هیچ ادعایی نمی‌کند.",
    'app.loading': "نقشه و معلومات آن در حال بارگیری است…",
    'app.loadingMap': "نقشه در حال بارگیری است…",
    'app.loadingRecords': "رویدادها و ادعاها در حال بارگیری است…",
    'app.status': "{events} در {places} میان {first} و {last}",
    'app.events': { one: "{count} رویداد", other: "{count} رویداد" },
    'app.places': { one: "{count} مکان", other: "{count} مکان" },
    'app.claims': { one: "{count} ادعا", other: "{count} ادعا" },
    'app.mapUnavailable': "نقشه در این براوزر آغاز نشد. فهرست مکان‌ها، رویدادها و ادعاها بدون آن هم کار می‌کند.",
    'app.mapUnavailableWhy': "چرا",
    'app.noWebgl': "WebGL در دسترس نیست",
    'app.embedCredit': "بوردرلاینز · هر گفته به گوینده‌اش نسبت داده شده",
    'app.openFullMap': "باز کردن نقشهٔ کامل",
    'language.label': "زبان",
  },
};
