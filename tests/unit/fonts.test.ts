/**
 * The characters the right-to-left fonts are cut to: the text the page shows, and the joined forms
 * MapLibre draws the map's labels with (it shapes Arabic script into presentation forms itself).
 */
import { describe, expect, it } from 'vitest';
import { rightToLeftText } from '../../scripts/fonts.ts';

describe('the right-to-left fonts’ characters', () => {
  const text = rightToLeftText();

  it('hold every letter of the catalogues, the places’ names and the translations', () => {
    for (const char of 'ہےںٹڈڑ' + 'ټډړږښګڼۍې' + 'پچژگکی') expect(text).toContain(char);
  });

  it('hold the joined forms of those letters for the map’s labels, Urdu’s heh goal and yeh barree among them', () => {
    expect(text).toContain('\uFBA6'); // ہ alone, as in گزرگاہ
    expect(text).toContain('\uFBAF'); // ے at a word's end
    expect(text).toContain('\uFE8E'); // ا at a word's end
    // Not every joined form of the script: only those of the letters used.
    expect(text).not.toContain('\uFDFA');
  });
});
