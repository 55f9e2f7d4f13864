/**
 * The Pashto catalogue (ps): a machine translation, not reviewed by a native speaker (see
 * `meta` and TRANSLATING.md). Loaded only when Pashto is chosen.
 */
import type { Catalogue } from './en.ts';

export const catalogue: Catalogue = {
  meta: {
    language: 'ps',
    translator: 'Machine translation by an AI model (Claude, Anthropic), made for the Borderlines project',
    reviewedByNativeSpeaker: false,
    note: 'Not reviewed by a native speaker. Corrections welcome: see TRANSLATING.md.',
    // Month names from CLDR 48 (as in Node 20's ICU 78): Pashto's Gregorian months and the Solar
    // Hijri months as Afghanistan names them. Digits and the calendar's arithmetic are Dari's (the
    // same Eastern Arabic-Indic digits and separators in CLDR), which Chromium has.
    dateFallback: {
      locale: 'fa-AF',
      gregorianMonths: ['جنوري', 'فېبروري', 'مارچ', 'اپریل', 'مۍ', 'جون', 'جولای', 'اګست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
      solarHijriMonths: ['وری', 'غویی', 'غبرگولی', 'چنگاښ', 'زمری', 'وږی', 'تله', 'لړم', 'لیندۍ', 'مرغومی', 'سلواغه', 'کب'],
    },
  },
  messages: {
    'app.title': "بارډرلاینز: د پاکستان–افغانستان پر پوله څوک څه ادعا کوي",
    'app.note': "هره وینا هغه چا ته منسوب ده چې کړې یې ده؛ دا نقشه پخپله هېڅ ادعا نه کوي.",
    'app.loading': "نقشه او د هغې معلومات بارېږي…",
    'app.loadingMap': "نقشه بارېږي…",
    'app.loadingRecords': "پېښې او ادعاوې بارېږي…",
    'app.status': "د {first} او {last} ترمنځ په {places} کې {events}",
    'app.events': { one: "{count} پېښه", other: "{count} پېښې" },
    'app.places': { one: "{count} ځای", other: "{count} ځایونه" },
    'app.claims': { one: "{count} ادعا", other: "{count} ادعاوې" },
    'app.mapUnavailable': "نقشه په دې براوزر کې پیل نه شوه. د ځایونو، پېښو او ادعاوو لېست له هغې پرته هم کار کوي.",
    'app.mapUnavailableWhy': "ولې",
    'app.noWebgl': "WebGL شتون نه لري",
    'app.embedCredit': "بارډرلاینز · هره وینا خپل ویونکي ته منسوب ده",
    'app.openFullMap': "بشپړه نقشه پرانیزئ",
    'language.label': "ژبه",
  },
};
