import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildModel } from '../src/data/model.ts';
import type { Dataset } from '../src/data/schema.ts';
import { StaticDataset } from '../src/sidebar/StaticDataset.tsx';

/** The static list of every place, event and claim, as HTML for index.html's #root. */
export function staticDatasetHtml(dataset: Dataset): string {
  return renderToStaticMarkup(createElement(StaticDataset, { model: buildModel(dataset) }));
}
