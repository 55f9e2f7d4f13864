import type { Place } from '../data/schema';

export const KIND_LABELS: Record<Place['kind'], string> = {
  border: 'Border',
  area: 'Area',
  province: 'Province',
  district: 'District',
  city: 'City',
  site: 'Site',
  crossing: 'Border crossing',
};
