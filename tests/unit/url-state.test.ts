import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/data/dates.ts';
import { readUrlState, writeUrlState } from '../../src/state/url-state.ts';

describe('URL state', () => {
  it('reads place and window', () => {
    expect(readUrlState('?place=spin-boldak&from=2009-01-01&to=2010-12-31')).toMatchObject({
      place: 'spin-boldak',
      from: dayNumber('2009-01-01'),
      to: dayNumber('2010-12-31'),
    });
  });

  it('reads categories, an embed view and the embed flag, ignoring unknown categories', () => {
    expect(readUrlState('?cats=airstrike,bogus,border-clash,airstrike&view=7.5/31.2/66.5&embed=1')).toMatchObject({
      cats: ['airstrike', 'border-clash'],
      view: { zoom: 7.5, lat: 31.2, lon: 66.5 },
      embed: true,
    });
  });

  it.each([
    '?place=<img src=x onerror=alert(1)>',
    '?place=' + 'a'.repeat(5000),
    '?from=2009-13-45&to=yesterday',
    '?from=2009-02-30',
    '?place=&from=&to=',
    '?%E0%A4%A=broken',
    '?cats=bogus&view=99/1/1&embed=yes',
    '?view=1e400/abc/1',
  ])('falls back to defaults for %s', (search) => {
    expect(readUrlState(search)).toEqual({
      place: null,
      from: null,
      to: null,
      cats: null,
      view: null,
      embed: null,
      lang: null,
      show: null,
      q: null,
      sides: null,
      speaker: null,
      claim: null,
      zoom: null,
    });
  });

  it('reads the reading state: the accounts view, a search, filters, a claim and the timeline’s zoom', () => {
    expect(
      readUrlState(
        '?show=accounts&q=+Afghan+soil+&sides=pakistan,bogus,ttp,pakistan&speaker=Zabihullah%20Mujahid&claim=mujahid-quote-afghan-soil&zoom=2025-10-01..2025-11-30',
      ),
    ).toEqual(
      expect.objectContaining({
        show: 'accounts',
        q: 'Afghan soil',
        sides: ['pakistan', 'ttp'],
        speaker: 'Zabihullah Mujahid',
        claim: 'mujahid-quote-afghan-soil',
        zoom: { first: dayNumber('2025-10-01'), last: dayNumber('2025-11-30') },
      }),
    );
  });

  it.each([
    ['show', 'map'],
    ['q', '   '],
    ['q', 'a\u0000b'],
    ['speaker', 'x'.repeat(121)],
    ['sides', 'bogus'],
    ['claim', 'Not An Id'],
    ['zoom', '2025-11-30..2025-10-01'],
    ['zoom', '2025-10-01..2025-10-01'],
    ['zoom', '2025-10-01'],
    ['zoom', '2025-10-01..2025-11-30..2025-12-31'],
  ])('drops a malformed %s (%s)', (key, value) => {
    expect(readUrlState(`?${key}=${encodeURIComponent(value.replace('\\u0000', '\u0000'))}`)[key as 'q']).toBeNull();
  });

  it('writes a search as text, which reads back the same', () => {
    const q = 'Who said “no” & <why>? 100%';
    const search = writeUrlState('', { q, zoom: { first: dayNumber('2025-10-09'), last: dayNumber('2025-11-30') } });
    expect(search).toContain('zoom=2025-10-09..2025-11-30');
    expect(readUrlState(search).q).toBe(q);
  });

  it('writes the state back, keeping parameters it does not own', () => {
    const search = writeUrlState('?childId=map-1&place=old', {
      place: 'kabul',
      from: dayNumber('2002-01-01'),
      to: null,
      cats: ['airstrike', 'talks-ceasefire'],
    });
    expect(search).toBe('?childId=map-1&place=kabul&from=2002-01-01&cats=airstrike,talks-ceasefire');
    expect(readUrlState(search)).toMatchObject({
      place: 'kabul',
      from: dayNumber('2002-01-01'),
      to: null,
      cats: ['airstrike', 'talks-ceasefire'],
    });
  });
});
