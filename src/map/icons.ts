/** Rasterises the category shapes of categories.ts, side by side, for the GPU layer of the points. */
import type { CategoryStyle } from './categories.ts';
import { OUTLINE_COLOR } from './categories.ts';

const SIZE = 24;
const PIXEL_RATIO = 2;

/** The icons in a row, each SIZE × PIXEL_RATIO pixels square, in the order given. */
export function iconAtlas(styles: CategoryStyle[]): HTMLCanvasElement {
  const cell = SIZE * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = cell * styles.length;
  canvas.height = cell;
  // Kept on the CPU: WebGL copies it from there (from the GPU, software WebGL would read it back).
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  context.strokeStyle = OUTLINE_COLOR;
  context.lineWidth = 1.6;
  context.lineJoin = 'round';
  styles.forEach((style, i) => {
    const path = new Path2D(style.shape);
    context.save();
    context.translate(i * SIZE, 0);
    context.fillStyle = style.color;
    context.fill(path);
    context.stroke(path);
    context.restore();
  });
  return canvas;
}
