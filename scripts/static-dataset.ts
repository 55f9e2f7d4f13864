import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildModel } from '../src/data/model.ts';
import type { Dataset } from '../src/data/schema.ts';
import { translationKey, type Translation } from '../src/data/translations.ts';
import { escapeText } from '../src/embed/snippet.ts';
import { LanguageProvider, translate } from '../src/i18n/i18n.tsx';
import { fontFaceCss } from '../src/i18n/fonts.ts';
import { isRightToLeft, type Language } from '../src/i18n/languages.ts';
import { RecordTranslations } from '../src/sidebar/RecordText.tsx';
import { StaticDataset } from '../src/sidebar/StaticDataset.tsx';
import { OtherLanguages, StaticFallback } from '../src/sidebar/StaticFallback.tsx';
import { CATALOGUES, withLanguage } from './catalogues.ts';

/** What index.html's #root holds until the app starts: the places and a link to the whole list. */
export function staticFallbackHtml(dataset: Dataset): string {
  return renderToStaticMarkup(createElement(StaticFallback, { model: buildModel(dataset) }));
}

/**
 * The page that lists every place, event and claim as plain HTML, with no script, styled by the
 * app's sheet: in one language, with the records' translations into it labelled as in the app.
 */
export function staticListPage(dataset: Dataset, stylesheet: string, lang: Language = 'en', translations: Translation[] = []): string {
  const catalogue = CATALOGUES[lang];
  const byKey = new Map(translations.map((tr) => [translationKey(tr.record, tr.id, tr.field), tr]));
  const body = withLanguage(lang, () =>
    renderToStaticMarkup(
      createElement(LanguageProvider, {
        initial: catalogue,
        chosen: true,
        children: createElement(
          Fragment,
          null,
          createElement(OtherLanguages, { current: lang }),
          createElement(RecordTranslations, { value: byKey }, createElement(StaticDataset, { model: buildModel(dataset) })),
        ),
      }),
    ),
  );
  return `<!doctype html>
<html lang="${lang}" dir="${isRightToLeft(lang) ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeText(translate(catalogue, 'static.title'))}</title>
    <link rel="stylesheet" href="./${stylesheet}" />${lang === 'en' ? '' : `\n    <style>${fontFaceCss(lang)}</style>`}
  </head>
  <body class="static-page">
    ${body}
  </body>
</html>
`;
}
