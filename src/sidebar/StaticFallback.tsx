import type { Model } from '../data/model.ts';
import { activePlaces, placeStates } from '../data/selectors.ts';
import { t, useT } from '../i18n/i18n.tsx';
import { LANGUAGES, LANGUAGE_NAMES, isRightToLeft, type Language } from '../i18n/languages.ts';

/** The page, written at build, that lists every place, event and claim (StaticDataset). */
export const STATIC_LIST_PAGE = 'list.html';

/** That page in a language: list.html in English, list.<lang>.html in the others. */
export const listPageOf = (lang: Language): string => (lang === 'en' ? STATIC_LIST_PAGE : `list.${lang}.html`);

/** Links to the list in the other languages, each named in itself. */
export function OtherLanguages({ current }: { current: Language }) {
  const t = useT();
  return (
    <nav className="static-languages" aria-label={t('language.label')}>
      {t('static.otherLanguages')}{' '}
      {LANGUAGES.filter((lang) => lang !== current).map((lang, index) => (
        <span key={lang}>
          {index > 0 && ' · '}
          <a href={listPageOf(lang)} hrefLang={lang} lang={lang} dir={isRightToLeft(lang) ? 'rtl' : 'ltr'}>
            {LANGUAGE_NAMES[lang]}
          </a>
        </span>
      ))}
    </nav>
  );
}

/**
 * What index.html holds until the app starts: the places, and a link to the page that lists every
 * event and claim. The app replaces it; where it cannot start (scripts blocked, a sandboxed
 * iframe), the reader has the places and one link to the rest instead of a blank frame. The
 * whole list would cost every reader its bytes in the first view (see scripts/budget.ts).
 */
export function StaticFallback({ model }: { model: Model }) {
  const places = activePlaces(model, placeStates(model, model.extent));
  return (
    <main className="static-dataset">
      <h1>Borderlines: who claims what on the Pakistan–Afghanistan border</h1>
      <p role="note">
        The interactive map has not started on this page (it may still be loading, or the page that embeds it may block it).{' '}
        <a href={STATIC_LIST_PAGE}>Read every place, event and claim it holds as a plain list</a>; each statement is attributed to whoever
        made it.
      </p>
      <OtherLanguages current="en" />
      <ul>
        {places.map((place) => (
          <li key={place.id}>
            <a href={`${STATIC_LIST_PAGE}#static-${place.id}`}>{place.name}</a> <small>({t(`kind.${place.kind}`)})</small>
          </li>
        ))}
      </ul>
    </main>
  );
}
