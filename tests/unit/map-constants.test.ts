/** The map's colours and halo sizes have one home, categories.ts: the shaders and the stylesheet get theirs from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssProperties, GREY, HALO, OUTLINE_COLOR } from '../../src/map/categories.ts';
import { SHADERS } from '../../src/map/marks-program.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the map’s constants', () => {
  it('reach the shaders as #defines, and the shader files hold no colour or halo size of their own', () => {
    expect(SHADERS.fragment).toContain('#define SELECTED_COLOR vec3(1.0, 0.831, 0.0)');
    expect(SHADERS.fragment).toContain('#define APPROXIMATE_COLOR vec3(0.42, 0.42, 0.42)');
    expect(SHADERS.fragment).toContain(`#define HALO_OPACITY ${HALO.opacity}`);
    expect(SHADERS.vertex).toContain(`#define SELECTED_RADIUS ${HALO.selected.radius}.0`);
    expect(SHADERS.vertex).toContain(`#define APPROXIMATE_RADIUS ${HALO.approximate.radius}.0`);
    expect(SHADERS.fragment).toContain('#define OUTLINE_COLOR vec3(0.102, 0.102, 0.102)');
    // Colours are written in the fragment shader only; the halo sizes in the vertex shader.
    expect(read('../../src/map/marks.frag')).not.toMatch(/vec[34]\(\s*[\d.]+\s*,/);
    for (const file of ['marks.vert', 'marks.frag']) expect(read(`../../src/map/${file}`), file).not.toMatch(/\b(15|17|19)\.0\b/);
  });

  it('reach the stylesheet as custom properties, which the legend’s swatches use', () => {
    expect(cssProperties()).toEqual({
      '--map-grey': GREY,
      '--map-halo-approximate': 'rgb(107 107 107 / 0.45)',
      '--map-halo-selected': 'rgb(255 212 0 / 0.45)',
    });
    const css = read('../../src/styles.css');
    expect(css).not.toContain(GREY);
    expect(css).toContain('var(--map-halo-approximate)');
    expect(OUTLINE_COLOR).toMatch(/^#[0-9a-f]{6}$/);
  });
});
