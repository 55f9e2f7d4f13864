import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { offlineBasemapStyle } from '../../src/map/basemap.ts';
import { INTERACTIVE_LAYER_IDS, PLACE_LAYERS, PLACE_SOURCES } from '../../src/map/layers.ts';

const style = () => {
  const base = offlineBasemapStyle('http://localhost/');
  return {
    ...base,
    sources: {
      ...base.sources,
      ...Object.fromEntries(PLACE_SOURCES.map((id) => [id, { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }])),
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
