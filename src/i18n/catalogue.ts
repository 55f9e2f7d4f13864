/**
 * What a catalogue is made of: one message per key of the English catalogue (en.ts, which also
 * defines `Catalogue`), and who made it.
 * A message is a string with {placeholders}, or, where it counts something, one string per
 * plural category the language uses (Intl.PluralRules: English "one" and "other"), chosen by
 * the `count` parameter.
 */
import type { Language } from './languages.ts';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Params = Record<string, string | number>;

export interface CatalogueMeta {
  language: Language;
  /** Who wrote the strings: a person, or the model that made a machine translation. */
  translator: string;
  /** Whether a native speaker has read and corrected them. */
  reviewedByNativeSpeaker: boolean;
  note: string;
  /**
   * Dates written by the catalogue rather than by Intl's patterns (Chromium has no Pashto dates or
   * numbers): the locale whose digits and calendar arithmetic stand in, and the month names. Its
   * numbers use the stand-in too where the browser lacks the language.
   */
  dateFallback?: { locale: string; gregorianMonths: string[]; solarHijriMonths: string[] };
}
