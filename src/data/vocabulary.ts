/**
 * The dataset's fixed vocabularies and patterns, as plain values: the app reads them without
 * loading the schemas (schema.ts), whose library then stays out of the page's own download.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const isHttpUrl = (value: unknown): value is string =>
  typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** ACLED's event types (its codebook), which events use so that the data can be compared or merged with ACLED's. */
export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Strategic developments',
  'Protests',
  'Riots',
] as const;

export const CATEGORIES = [
  'military-operation',
  'bombing-attack',
  'airstrike',
  'border-clash',
  'crossing-closure',
  'talks-ceasefire',
  'displacement',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who a speaker speaks for. Labels live here so that the data and the sidebar agree. */
export const SIDES = {
  'taliban-government': "Taliban's interim government (Islamic Emirate)",
  pakistan: "Pakistan's government, military or security services",
  ttp: 'Tehreek-e-Taliban Pakistan (TTP)',
  un: 'United Nations',
  mediators: 'Mediators (Qatar, Türkiye)',
  'united-states': 'United States',
  observers: 'Analysts and observers',
  publication: 'The publication itself',
} as const;
export type Side = keyof typeof SIDES;

export const PLACE_KINDS = ['border', 'area', 'province', 'district', 'city', 'site', 'crossing'] as const;
export const PLACE_PRECISIONS = ['exact', 'approximate', 'area'] as const;
