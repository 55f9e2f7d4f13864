import { memo, useState, type CSSProperties } from 'react';
import { CATEGORIES, type Category } from '../data/vocabulary.ts';
import { useT } from '../i18n/i18n.tsx';
import { cssProperties } from './categories.ts';
import { CategoryIcon } from './CategoryIcon.tsx';

/** What the map's shapes, colours and line styles mean. Places take the category of their latest event in the window. */
interface LegendProps {
  categories: readonly Category[];
  onChange: (categories: Category[]) => void;
  /** Folded at first in embeds and on phones, so that it does not hide the map. */
  startFolded: boolean;
  /** Whether dense points are grouped at low zoom (large datasets). */
  grouped: boolean;
}

/** The map's colours for the legend's swatches (styles.css reads them as var(--map-…)). */
const MAP_PROPERTIES = cssProperties() as CSSProperties;

export const Legend = memo(function Legend({ categories, onChange, startFolded, grouped }: LegendProps) {
  const [open] = useState(() => !startFolded && !window.matchMedia('(max-width: 700px)').matches);
  const t = useT();
  return (
    <details className="legend" open={open} style={MAP_PROPERTIES}>
      <summary>{t('legend.title')}</summary>
      <ul>
        {CATEGORIES.map((category) => (
          <li key={category}>
            <label className="legend-toggle">
              <input
                type="checkbox"
                checked={categories.includes(category)}
                onChange={(event) => onChange(CATEGORIES.filter((c) => (c === category ? event.target.checked : categories.includes(c))))}
              />
              <CategoryIcon category={category} />
              {t(`category.${category}`)}
            </label>
          </li>
        ))}
        <li>
          <CategoryIcon category={null} />
          {t('legend.claimsOnly')}
        </li>
        <li>
          <span className="legend-line legend-line--border" aria-hidden="true" />
          {t('legend.border')}
        </li>
        <li>
          <span className="legend-line legend-line--approximate" aria-hidden="true" />
          {t('legend.approximateOutline')}
        </li>
        <li>
          <span className="legend-halo" aria-hidden="true" />
          {t('legend.approximateLocation')}
        </li>
        {grouped && (
          <li>
            <span className="legend-group" aria-hidden="true">
              12
            </span>
            {t('legend.grouped')}
          </li>
        )}
      </ul>
      <p className="legend-note">{t('legend.note')}</p>
    </details>
  );
});
