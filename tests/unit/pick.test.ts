import { describe, expect, it } from 'vitest';
import { pickPlaceId } from '../../src/map/pick.ts';

const feature = (id: string, type: string) => ({ geometry: { type }, properties: { id } });
const always = () => true;

describe('what a click on the map selects', () => {
  it('prefers a point over the area it sits in', () => {
    expect(pickPlaceId([feature('north-waziristan', 'Polygon'), feature('miranshah', 'Point')], always)).toBe('miranshah');
  });

  it('prefers the border line over the province under it', () => {
    expect(pickPlaceId([feature('kandahar-province', 'MultiPolygon'), feature('durand-line', 'MultiLineString')], always)).toBe(
      'durand-line',
    );
  });

  it('selects the area when nothing else is under the pointer', () => {
    expect(pickPlaceId([feature('south-waziristan', 'Polygon')], always)).toBe('south-waziristan');
  });

  it('ignores places with nothing in the date window', () => {
    const activeOnly = (id: string) => id !== 'miranshah';
    expect(pickPlaceId([feature('miranshah', 'Point'), feature('north-waziristan', 'Polygon')], activeOnly)).toBe('north-waziristan');
  });

  it('selects nothing on bare map', () => {
    expect(pickPlaceId([], always)).toBeNull();
    expect(pickPlaceId([{ geometry: { type: 'Point' }, properties: {} }], always)).toBeNull();
  });
});
