/**
 * The reader's language: which catalogue is current, `t()` for plain code (the slider writes its
 * dates without a render), and `useT()` for components, which re-render when the language changes.
 *
 * No library: Intl already does the hard parts (plural rules, digits, calendars, month names), and
 * what is left, a key lookup with {placeholders} and a lazy import per language, is the few lines
 * here and in format.ts. The small libraries that exist either lack plurals (rosetta), are no
 * longer maintained (typesafe-i18n) or bring a store of their own (@nanostores/i18n); i18next and
 * react-intl weigh more than the page's whole remaining budget.
 */
import { createContext, Fragment, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Params } from './catalogue.ts';
import { en, meta as enMeta, type Catalogue, type MessageKey } from './en.ts';
import { formatAxisDay, formatDayNumber, type AxisUnit, formatMessage, formatNumber, formatPartialDate } from './format.ts';
import { loadFonts } from './fonts.ts';
import { DEFAULT_LANGUAGE, isRightToLeft, type Language } from './languages.ts';

export const ENGLISH = { meta: enMeta, messages: en } satisfies Catalogue;

/** Each language's strings are their own chunk, fetched only when that language is chosen. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  ur: () => import('./ur.ts').then((m) => m.catalogue),
  ps: () => import('./ps.ts').then((m) => m.catalogue),
  'fa-AF': () => import('./fa-AF.ts').then((m) => m.catalogue),
};

/** A language's strings, with its fonts loaded (a font that fails to load leaves the browser's own). */
export async function loadCatalogue(lang: Language): Promise<Catalogue> {
  if (lang === 'en') return ENGLISH;
  const fonts = loadFonts(lang).catch((error) => console.warn(`The ${lang} fonts could not be loaded:`, error));
  const [catalogue] = await Promise.all([LOADERS[lang](), fonts]);
  return catalogue;
}

let current: Catalogue = ENGLISH;

/** Makes a catalogue current for t() and the page: `<html lang dir>` follow it. */
export function makeCurrent(catalogue: Catalogue): void {
  current = catalogue;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = catalogue.meta.language;
    document.documentElement.dir = isRightToLeft(catalogue.meta.language) ? 'rtl' : 'ltr';
  }
}

export const currentLanguage = (): Language => current.meta.language;
export const currentCatalogue = (): Catalogue => current;

export type Translate = (key: MessageKey, params?: Params) => string;

/** A message of the current language, for code outside React's renders. */
export const t: Translate = (key, params) => translate(current, key, params);

export function translate(catalogue: Catalogue, key: MessageKey, params?: Params): string {
  return formatMessage(catalogue, catalogue.messages[key] ?? ENGLISH.messages[key], params);
}

/** Dates and numbers of the current language (see format.ts for the calendars). */
export const formatDay = (day: number): string => formatDayNumber(current, day);
export const formatAxis = (day: number, unit: AxisUnit): string => formatAxisDay(current, day, unit);
export const formatCount = (value: number): string => formatNumber(current, value);

/** "28 October 2009", "October 2009" or "2009": only as much as is known; "about …" when approximate. */
export function formatDate(partial: string, approximate = false): string {
  const date = formatPartialDate(current, partial);
  return approximate ? t('date.about', { date }) : date;
}

export function formatSpan(start: string, end: string | null, approximate = false): string {
  const from = formatDate(start, approximate);
  return end && end !== start ? t('date.span', { from, to: formatDate(end) }) : from;
}

/** Something with an English name and perhaps names in other languages (a place: see data/README.md). */
export interface Named {
  name: string;
  names?: Partial<Record<Language, { name: string }>>;
}

/** Its name in the current language, else its English name. */
export const nameOf = (named: Named): string => named.names?.[current.meta.language]?.name ?? named.name;

/** Whether nameOf gives the English name (to be isolated and marked as English in the page). */
export const hasOwnName = (named: Named): boolean => current.meta.language === 'en' || !!named.names?.[current.meta.language];

/**
 * A message whose {placeholders} are elements (a link, a name in <bdi>, a <time>): the message is
 * split around them, so that each language places them where its grammar puts them.
 */
export function rich(template: string, parts: Record<string, ReactNode>): ReactNode[] {
  return template.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && name in parts ? <Fragment key={i}>{parts[name]}</Fragment> : piece;
  });
}

interface LanguageContext {
  lang: Language;
  /** Chosen by the reader (the URL's ?lang= or the switch), not taken from the browser: links keep it. */
  chosen: boolean;
  t: Translate;
  /** Loads the language's strings, then shows the page in it. */
  choose: (lang: Language) => Promise<void>;
}

const Context = createContext<LanguageContext>({ lang: DEFAULT_LANGUAGE, chosen: false, t, choose: async () => {} });

export function LanguageProvider({ initial, chosen, children }: { initial: Catalogue; chosen: boolean; children: ReactNode }) {
  const [state, setState] = useState(() => {
    makeCurrent(initial);
    return { catalogue: initial, chosen };
  });
  const choose = useCallback(async (lang: Language) => {
    const next = await loadCatalogue(lang);
    makeCurrent(next);
    setState({ catalogue: next, chosen: true });
  }, []);
  const value = useMemo(
    () => ({
      lang: state.catalogue.meta.language,
      chosen: state.chosen,
      t: (key: MessageKey, params?: Params) => translate(state.catalogue, key, params),
      choose,
    }),
    [state, choose],
  );
  return <Context value={value}>{children}</Context>;
}

/** The current language and its `t`; a component using it re-renders when the language changes. */
export const useLanguage = (): LanguageContext => useContext(Context);
export const useT = (): Translate => useContext(Context).t;
