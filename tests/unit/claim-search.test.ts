import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/accounts/highlight.ts';
import { buildClaimSearch } from '../../src/accounts/search.ts';
import { readDataset } from '../../scripts/read-dataset.ts';

const result = readDataset();
if (!result.ok) throw new Error('shipped dataset invalid');
const claims = result.dataset.claims;
const byId = new Map(claims.map((c) => [c.id, c]));

describe('searching the claims', () => {
  const search = buildClaimSearch(claims);

  it('finds a claim by a word of its text, and highlights that word', () => {
    const hits = search.search('remit');
    expect(hits.map((h) => h.id)).toContain('mujahid-talks-failed-over-security-demand');
    const claim = byId.get(hits[0].id)!;
    const marked = highlight(claim.text, new Set(hits[0].terms)).filter((s) => s.match);
    expect(marked.map((s) => s.text.toLowerCase())).toContain('remit');
  });

  it('finds as the reader types (the last word may be half written), and narrows with each word', () => {
    const partial = search.search('infiltra');
    expect(partial.length).toBeGreaterThan(0);
    const narrower = search.search('infiltration pakistan');
    expect(narrower.length).toBeLessThanOrEqual(partial.length);
    expect(narrower.every((h) => partial.some((p) => p.id === h.id))).toBe(true);
  });

  it('ranks what a speaker said above what others said about them', () => {
    const hits = search.search('Mujahid');
    const bySpeaker = hits.filter((h) => byId.get(h.id)!.speaker.name === 'Zabihullah Mujahid');
    const aboutHim = hits.filter((h) => byId.get(h.id)!.speaker.name !== 'Zabihullah Mujahid');
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(aboutHim.length).toBeGreaterThan(0);
    expect(Math.min(...bySpeaker.map((h) => h.score))).toBeGreaterThan(Math.max(...aboutHim.map((h) => h.score)));
  });

  it('finds claims by topic, and nothing for an empty query or an unknown word', () => {
    expect(search.search('Istanbul talks failed').some((h) => byId.get(h.id)!.topic === 'Why the Istanbul talks failed')).toBe(true);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks whole words in any case and keeps everything else as it was, as text', () => {
    const text = 'Kabul says “Kabul’s soil” <img src=x onerror=alert(1)>, kabul!';
    const segments = highlight(text, new Set(['kabul']));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Kabul', 'Kabul', 'kabul']);
    expect(segments.some((s) => s.match && s.text.includes('<'))).toBe(false);
  });

  it('marks nothing without terms, and not a word that only contains a term', () => {
    expect(highlight('Kabulis', new Set(['kabul']))).toEqual([{ text: 'Kabulis', match: false }]);
    expect(highlight('abc', new Set())).toEqual([{ text: 'abc', match: false }]);
  });
});
