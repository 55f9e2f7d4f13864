import { memo, useState, type CSSProperties } from 'react';
import { CATEGORIES, type Category } from '../data/vocabulary.ts';
import { CATEGORY_STYLES, CLAIMS_ONLY_STYLE, cssProperties } from './categories.ts';
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
  return (
    <details className="legend" open={open} style={MAP_PROPERTIES}>
      <summary>Legend</summary>
      <ul>
        {CATEGORIES.map((category) => (
          <li key={category}>
            <label className="legend-toggle">
              <input
                type="checkbox"
                checked={categories.includes(category)}
                onChange={(event) =>
                  onChange(CATEGORIES.filter((c) => (c === category ? event.target.checked : categories.includes(c))))
                }
              />
              <CategoryIcon category={category} />
              {CATEGORY_STYLES[category].label}
            </label>
          </li>
        ))}
        <li>
          <CategoryIcon category={null} />
          {CLAIMS_ONLY_STYLE.label}
        </li>
        <li>
          <span className="legend-line legend-line--border" aria-hidden="true" />
          Afghanistan–Pakistan border (Durand Line), not recognised by Afghanistan
        </li>
        <li>
          <span className="legend-line legend-line--approximate" aria-hidden="true" />
          Approximate outline (Waziristan, Khyber)
        </li>
        <li>
          <span className="legend-halo" aria-hidden="true" />
          Approximate location
        </li>
        {grouped && (
          <li>
            <span className="legend-group" aria-hidden="true">
              12
            </span>
            Number of places grouped here, whatever their dates: click to zoom in
          </li>
        )}
      </ul>
      <p className="legend-note">Untick a type to hide its events (claims tied to a place stay). A place takes the colour and shape of its latest event in the chosen dates.</p>
    </details>
  );
});
