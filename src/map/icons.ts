/** Rasterises the category shapes of categories.ts into images MapLibre can place. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CATEGORIES } from '../data/vocabulary.ts';
import { CATEGORY_STYLES, CLAIMS_ONLY_STYLE, OUTLINE_COLOR, type CategoryStyle } from './categories.ts';
import { CLAIMS_ONLY_ICON, iconId } from './layers.ts';

const SIZE = 24;
const PIXEL_RATIO = 2;

function rasterise(style: CategoryStyle): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * PIXEL_RATIO;
  // Read back at once: a canvas kept on the CPU makes getImageData cheap (on the GPU, each read stalls).
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  const path = new Path2D(style.shape);
  context.fillStyle = style.color;
  context.strokeStyle = OUTLINE_COLOR;
  context.lineWidth = 1.6;
  context.lineJoin = 'round';
  context.fill(path);
  context.stroke(path);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

export function addCategoryIcons(map: MapLibreMap): void {
  const icons: [string, CategoryStyle][] = [
    ...CATEGORIES.map((c): [string, CategoryStyle] => [iconId(c), CATEGORY_STYLES[c]]),
    [CLAIMS_ONLY_ICON, CLAIMS_ONLY_STYLE],
  ];
  for (const [id, style] of icons) {
    if (!map.hasImage(id)) map.addImage(id, rasterise(style), { pixelRatio: PIXEL_RATIO });
  }
}
