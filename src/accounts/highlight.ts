/**
 * Marks the words of a text that a search matched, as plain segments for React to render as
 * text (never as HTML): a claim's words can hold anything.
 */

/** How MiniSearch splits a text into words (its default tokenizer), so that marks fall on the words it matched. */
export const WORD_BREAK = /[\n\r\p{Z}\p{P}]+/u;

export interface Segment {
  text: string;
  match: boolean;
}

/** The text cut into words and what lies between them; a word is a match when its lower case is one of `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  if (terms.size === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  // With a capturing group, split keeps the separators: words at even indexes, separators at odd.
  text.split(new RegExp(`(${WORD_BREAK.source})`, 'u')).forEach((part, index) => {
    if (part === '') return;
    const match = index % 2 === 0 && terms.has(part.toLowerCase());
    const last = segments[segments.length - 1];
    if (last && last.match === match && !match) last.text += part;
    else segments.push({ text: part, match });
  });
  return segments;
}
