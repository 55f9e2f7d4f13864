import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/data/dates.ts';
import { readUrlState, writeUrlState } from '../../src/state/url-state.ts';

describe('URL state', () => {
  it('reads place and window', () => {
    expect(readUrlState('?place=spin-boldak&from=2009-01-01&to=2010-12-31')).toEqual({
      place: 'spin-boldak',
      from: dayNumber('2009-01-01'),
      to: dayNumber('2010-12-31'),
    });
  });

  it.each([
    '?place=<img src=x onerror=alert(1)>',
    '?place=' + 'a'.repeat(5000),
    '?from=2009-13-45&to=yesterday',
    '?from=2009-02-30',
    '?place=&from=&to=',
    '?%E0%A4%A=broken',
  ])('falls back to defaults for %s', (search) => {
    expect(readUrlState(search)).toEqual({ place: null, from: null, to: null });
  });

  it('writes the state back, keeping parameters it does not own', () => {
    const search = writeUrlState('?embed=1&place=old', { place: 'kabul', from: dayNumber('2002-01-01'), to: null });
    expect(search).toBe('?embed=1&place=kabul&from=2002-01-01');
    expect(readUrlState(search)).toEqual({ place: 'kabul', from: dayNumber('2002-01-01'), to: null });
  });
});
