import type { ReactNode } from 'react';

/**
 * The language the records are written in: each claim and event stays in the language of its
 * source (the built-in dataset's sources are in English), whatever the page's language.
 */
export const RECORDS_LANGUAGE = 'en';

/**
 * A record's words inside the page: marked with their language (a screen reader switches voice)
 * and their own direction, so that English in a right-to-left page reads left to right and its
 * punctuation stays where it belongs.
 */
/** The same for a block of a record's text (a note): its lines align with its own direction. */
export const ORIGINAL_BLOCK = { lang: RECORDS_LANGUAGE, dir: 'auto' } as const;

export function Original({ children }: { children: ReactNode }) {
  return (
    <bdi lang={RECORDS_LANGUAGE} dir="auto">
      {children}
    </bdi>
  );
}
