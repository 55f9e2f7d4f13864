/**
 * What a click on the map selects, given the features MapLibre found under the pointer:
 * only places with something in the window count, and a point beats a line, which beats an
 * area, so a city inside a province can always be clicked.
 */
const GEOMETRY_RANK: Record<string, number> = {
  Point: 0,
  MultiPoint: 0,
  LineString: 1,
  MultiLineString: 1,
  Polygon: 2,
  MultiPolygon: 2,
};

export interface PickableFeature {
  geometry?: { type: string } | null;
  properties?: Record<string, unknown> | null;
}

export function pickPlaceId(features: PickableFeature[], isActive: (placeId: string) => boolean): string | null {
  const candidates = features
    .map((f) => ({ id: f.properties?.id, rank: GEOMETRY_RANK[f.geometry?.type ?? ''] ?? 3 }))
    .filter((c): c is { id: string; rank: number } => typeof c.id === 'string' && isActive(c.id));
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0]?.id ?? null;
}
