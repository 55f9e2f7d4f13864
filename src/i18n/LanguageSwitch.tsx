import { useLanguage } from './i18n.tsx';
import { LANGUAGE_NAMES, LANGUAGES, parseLanguage } from './languages.ts';

/**
 * The language switch in the full map's header: each language named in itself, so that a reader
 * finds theirs whatever the page is shown in; the control's label is in the current language.
 */
export function LanguageSwitch() {
  const { lang, t, choose } = useLanguage();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={lang} onChange={(event) => void choose(parseLanguage(event.target.value) ?? lang)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
