import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { formatDataError } from '../data/errors.ts';
import type { Dataset } from '../data/schema.ts';
import { checkTranslations, translationKey, type TranslatableRecord, type Translation } from '../data/translations.ts';
import type { Language } from '../i18n/languages.ts';
import { rich, useLanguage } from '../i18n/i18n.tsx';

/**
 * The language the records are written in: each claim and event stays in the language of its
 * source (the built-in dataset's sources are in English), whatever the page's language.
 */
export const RECORDS_LANGUAGE = 'en';

/**
 * A record's words inside the page: marked with their language (a screen reader switches voice)
 * and their own direction, so that English in a right-to-left page reads left to right and its
 * punctuation stays where it belongs.
 */
export function Original({ children }: { children: ReactNode }) {
  return (
    <bdi lang={RECORDS_LANGUAGE} dir="auto">
      {children}
    </bdi>
  );
}

/** The records' translations into the page's language (data/translations/<lang>.json), by translationKey. */
export const RecordTranslations = createContext<Map<string, Translation>>(new Map());

const NONE = new Map<string, Translation>();

/**
 * Loads the records' translations into `lang` from the dataset's folder (translations/<lang>.json,
 * published beside the records), once the records have arrived. A bad entry is left out with a
 * warning naming file, record and field; a dataset without translations shows its originals.
 */
export function useRecordTranslations(
  datasetUrl: string | null,
  lang: Language,
  dataset: Dataset,
  loading: boolean,
): Map<string, Translation> {
  const [loaded, setLoaded] = useState<{ key: string; translations: Map<string, Translation> }>({ key: '', translations: NONE });
  const key = `${datasetUrl} ${lang}`;
  useEffect(() => {
    // Files opened in the page (no folder) have no translations beside them.
    if (lang === RECORDS_LANGUAGE || loading || datasetUrl === null) return;
    const stop = new AbortController();
    const file = `translations/${lang}.json`;
    fetch(new URL(file, datasetUrl), { signal: stop.signal })
      .then((response) => (response.ok ? response.json() : []))
      .then((json: unknown) => {
        const { translations, errors } = checkTranslations(file, json, dataset);
        for (const error of errors) console.warn(`Translation left out: ${formatDataError(error)}`);
        setLoaded({ key, translations: new Map(translations.map((tr) => [translationKey(tr.record, tr.id, tr.field), tr])) });
      })
      .catch((error) => {
        if (!stop.signal.aborted) console.warn(`The translations in ${file} could not be loaded:`, error);
      });
    return () => stop.abort();
  }, [key, datasetUrl, lang, dataset, loading]);
  return loaded.key === key ? loaded.translations : NONE;
}

export function useTranslated(record: TranslatableRecord, id: string, field: string): Translation | undefined {
  const translations = useContext(RecordTranslations);
  const { lang } = useLanguage();
  return lang === RECORDS_LANGUAGE ? undefined : translations.get(translationKey(record, id, field));
}

/**
 * A record's field in the reader's language where it has a translation, labelled as one (who made
 * it, reviewed or not) with the original a click away; else the original, marked as English.
 */
export function RecordField({ record, id, field, original }: { record: TranslatableRecord; id: string; field: string; original: string }) {
  const translation = useTranslated(record, id, field);
  const [showOriginal, setShowOriginal] = useState(false);
  if (!translation) return <Original>{original}</Original>;
  return (
    <>
      {showOriginal ? <Original>{original}</Original> : translation.text}{' '}
      <TranslationNote translation={translation} showingOriginal={showOriginal} onToggle={() => setShowOriginal(!showOriginal)} />
    </>
  );
}

/**
 * Says that the words above are a translation, by whom and whether a native speaker reviewed
 * them, and switches to the original and back. For a quote it says that the translated words
 * are not the speaker's own.
 */
export function TranslationNote({
  translation,
  quote = false,
  showingOriginal,
  onToggle,
}: {
  translation: Translation;
  quote?: boolean;
  showingOriginal: boolean;
  onToggle: () => void;
}) {
  const { t } = useLanguage();
  const who = <Original>{translation.translator}</Original>;
  const label = translation.reviewed ? 'translation.reviewed' : 'translation.unreviewed';
  return (
    <small className="translation-note">
      {!showingOriginal && (
        <>
          <span className="badge badge--translation">{t(quote ? 'translation.ofQuote' : 'translation.badge')}</span>{' '}
          {rich(t(label), { translator: who })}{' '}
        </>
      )}
      <button type="button" className="translation-toggle" aria-pressed={showingOriginal} onClick={onToggle}>
        {showingOriginal ? t('translation.showTranslation') : t('translation.showOriginal')}
      </button>
    </small>
  );
}
