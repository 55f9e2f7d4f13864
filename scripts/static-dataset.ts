import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildModel } from '../src/data/model.ts';
import type { Dataset } from '../src/data/schema.ts';
import { StaticDataset } from '../src/sidebar/StaticDataset.tsx';
import { StaticFallback } from '../src/sidebar/StaticFallback.tsx';

/** What index.html's #root holds until the app starts: the places and a link to the whole list. */
export function staticFallbackHtml(dataset: Dataset): string {
  return renderToStaticMarkup(createElement(StaticFallback, { model: buildModel(dataset) }));
}

/** The page that lists every place, event and claim as plain HTML, with no script, styled by the app's sheet. */
export function staticListPage(dataset: Dataset, stylesheet: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Every place, event and claim · Borderlines</title>
    <link rel="stylesheet" href="./${stylesheet}" />
  </head>
  <body class="static-page">
    ${renderToStaticMarkup(createElement(StaticDataset, { model: buildModel(dataset) }))}
  </body>
</html>
`;
}
