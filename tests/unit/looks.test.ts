/**
 * What the map sends MapLibre for areas and lines (src/map/looks.ts), against a stand-in that
 * records each feature-state. Points are drawn on the GPU (tests/browser/marks-shader.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../scripts/generate-synthetic.ts';
import { buildModel } from '../../src/data/model.ts';
import { placeState } from '../../src/data/selectors.ts';
import { SHAPES_SOURCE, sourceOf } from '../../src/map/layers.ts';
import { ShapeLooks } from '../../src/map/looks.ts';

const model = buildModel(generateSynthetic(1000));
const shapes = model.places.filter((p) => sourceOf(p.geometry.type) === SHAPES_SOURCE);

function looksWithMap() {
  const sent: { source: string; id: number; look: { active: boolean; category: string | null; selected: boolean } }[] = [];
  const setFeatureState = (target: object, look: object) => {
    sent.push({ ...(target as { source: string; id: number }), look: look as never });
  };
  const frames = { asked: 0 };
  // The shapes' source: a new style (or a restored WebGL context) brings a new one.
  const map = { source: {}, style: { setFeatureState }, getSource: () => map.source, triggerRepaint: () => frames.asked++ };
  const looks = new ShapeLooks(map as never, model);
  return { looks, sent, frames, newStyle: () => (map.source = {}) };
}

describe('the looks of areas and lines sent to MapLibre', () => {
  it('are sent for every area and line, and for no point, as they are in the window', () => {
    expect(shapes.length).toBeGreaterThan(0);
    const { looks, sent } = looksWithMap();
    looks.show(model.extent, null);
    expect(sent.map((s) => s.id).sort((a, b) => a - b)).toEqual(shapes.map((p) => model.placePosition.get(p.id)).sort((a, b) => a! - b!));
    for (const { source, id, look } of sent) {
      const state = placeState(model, model.places[id].id, model.extent);
      expect(source).toBe(SHAPES_SOURCE);
      expect(look).toEqual({ active: state.eventCount > 0 || state.hasClaims, category: state.category, selected: false });
    }
  });

  it('are sent again only when they change, with a frame asked for: a new window that changes nothing sends nothing', () => {
    const { looks, sent, frames } = looksWithMap();
    looks.show(model.extent, null);
    expect(frames.asked).toBe(1);
    const count = sent.length;
    looks.show({ ...model.extent }, null);
    expect(sent.length).toBe(count);
    expect(frames.asked).toBe(1);
    looks.show({ first: model.extent.first, last: model.extent.first }, null);
    expect(sent.length).toBeGreaterThan(count);
    expect(frames.asked).toBe(2);
  });

  it('mark the selected area, and unmark it when another place is selected', () => {
    const { looks, sent } = looksWithMap();
    const [area] = shapes;
    const position = model.placePosition.get(area.id)!;
    looks.show(model.extent, area.id);
    expect(sent.find((s) => s.id === position)!.look.selected).toBe(true);
    sent.length = 0;
    looks.show(model.extent, null);
    expect(sent).toEqual([expect.objectContaining({ id: position, look: expect.objectContaining({ selected: false }) })]);
  });

  it('are all sent again to a new source, which holds no state: a new style, or one restored after a lost WebGL context', () => {
    const { looks, sent, newStyle } = looksWithMap();
    looks.show(model.extent, null);
    const count = sent.length;
    looks.show(model.extent, null);
    expect(sent.length).toBe(count);
    newStyle();
    looks.show(model.extent, null);
    expect(sent.length).toBe(2 * count);
  });
});
