/** Where MapLibre draws a longitude/latitude, from the map's box on the page and its view (Web Mercator, 512 px tiles). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function pagePointOf(box: Box, view: { zoom: number; lat: number; lon: number }, lon: number, lat: number) {
  const worldSize = 512 * 2 ** view.zoom;
  const project = (x: number, y: number) => ({
    x: ((x + 180) / 360) * worldSize,
    y: ((1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2) * worldSize,
  });
  const point = project(lon, lat);
  const center = project(view.lon, view.lat);
  return { x: box.x + box.width / 2 + point.x - center.x, y: box.y + box.height / 2 + point.y - center.y };
}

/** "7/31.2/66.5" or "#7/31.2/66.5" as a view. */
export function viewFrom(text: string) {
  const [zoom, lat, lon] = text.replace(/^#/, '').split('/').map(Number);
  return { zoom, lat, lon };
}
