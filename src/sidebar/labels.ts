import type { Place } from '../data/schema.ts';

export const KIND_LABELS: Record<Place['kind'], string> = {
  border: 'Border',
  area: 'Area',
  province: 'Province',
  district: 'District',
  city: 'City',
  site: 'Site',
  crossing: 'Border crossing',
};
