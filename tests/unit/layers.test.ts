import { Color, expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { offlineBasemapStyle } from '../../src/map/basemap.ts';
import { CATEGORY_STYLES } from '../../src/map/categories.ts';
import { INTERACTIVE_LAYER_IDS, LAYER, PLACE_LAYERS, PLACE_SOURCES } from '../../src/map/layers.ts';

const style = () => {
  const base = offlineBasemapStyle('http://localhost/');
  return {
    ...base,
    sources: {
      ...base.sources,
      ...Object.fromEntries(
        PLACE_SOURCES.map((id) => [id, { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }]),
      ),
    },
    layers: [...base.layers, ...PLACE_LAYERS],
  };
};

describe('map style', () => {
  it('is a valid MapLibre style, base map and place layers together', () => {
    expect(validateStyleMin(style())).toEqual([]);
  });

  it('has unique layer ids, and every interactive layer exists', () => {
    const ids = style().layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids).toContain(id);
  });

  it('needs no glyph or tile server', () => {
    const s = style();
    expect(s).not.toHaveProperty('glyphs');
    expect(s).not.toHaveProperty('sprite');
    expect(Object.values(s.sources).every((source) => source.type === 'geojson')).toBe(true);
  });
});

describe('how areas and lines show their state', () => {
  const colorAt = (id: string, property: string, state: Record<string, unknown>) => {
    const layer = PLACE_LAYERS.find((l) => l.id === id) as { type: string; paint: Record<string, unknown> };
    // The property's own specification (its type, colour here), as MapLibre parses it.
    const spec = (latest as unknown as Record<string, Record<string, object>>)[`paint_${layer.type}`][property];
    const parsed = expression.createExpression(layer.paint[property], spec as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const color = Color.parse(parsed.value.evaluate({ zoom: 6 }, { type: 1, properties: {} } as never, state) as string)!;
    return {
      hex: `#${[color.r, color.g, color.b]
        .map((c) =>
          Math.round((c / (color.a || 1)) * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`,
      opacity: +color.a.toFixed(2),
    };
  };
  const airstrike = CATEGORY_STYLES.airstrike.color.toLowerCase();

  it('tints an area with its latest event’s colour, stronger when hovered or selected, grey when selected with nothing in the window, and not for claims alone', () => {
    expect(colorAt(LAYER.areaFill, 'fill-color', { active: true, category: 'airstrike' })).toEqual({ hex: airstrike, opacity: 0.2 });
    expect(colorAt(LAYER.areaFill, 'fill-color', { active: true, category: 'airstrike', hover: true })).toEqual({
      hex: airstrike,
      opacity: 0.3,
    });
    expect(colorAt(LAYER.areaFill, 'fill-color', { active: true, category: 'airstrike', selected: true })).toEqual({
      hex: airstrike,
      opacity: 0.4,
    });
    expect(colorAt(LAYER.areaFill, 'fill-color', { active: true, category: null }).opacity).toBe(0);
    expect(colorAt(LAYER.areaOutline, 'line-color', { active: false }).opacity).toBe(0.6);
    expect(colorAt(LAYER.borderCasing, 'line-color', { active: true, category: 'airstrike' })).toEqual({ hex: airstrike, opacity: 0.75 });
    expect(colorAt(LAYER.borderCasing, 'line-color', { active: false }).opacity).toBe(0);
    expect(colorAt(LAYER.areaFill, 'fill-color', { active: false, category: null, selected: true })).toEqual({
      hex: '#6b6b6b',
      opacity: 0.4,
    });
    expect(colorAt(LAYER.areaOutline, 'line-color', { active: true, category: 'airstrike' })).toEqual({
      hex: CATEGORY_STYLES.airstrike.outline,
      opacity: 1,
    });
    expect(colorAt(LAYER.borderCasing, 'line-color', { active: true, category: null })).toEqual({ hex: '#6b6b6b', opacity: 0.75 });
  });

  it('reads feature-state in no opacity property: each one MapLibre would refill at every slider step', () => {
    for (const layer of PLACE_LAYERS) {
      for (const [property, value] of Object.entries((layer as { paint?: object }).paint ?? {})) {
        if (property.endsWith('-opacity')) expect(JSON.stringify(value), `${layer.id} ${property}`).not.toContain('feature-state');
      }
    }
  });
});
