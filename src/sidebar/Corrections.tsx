import { formatPartialDate } from '../data/dates.ts';
import type { Correction } from '../data/schema.ts';

// User-visible strings, kept together until the i18n catalogue lands (see HELPER-BRIEF).
export const CORRECTION_TEXT = {
  correctedOn: 'Corrected on',
  what: 'What changed:',
  why: 'Why:',
  allCorrections: 'All corrections',
  footerLink: 'Corrections to the data',
  footerLabel: 'About this map',
} as const;

/** The page the build writes with every corrected record (scripts/corrections-page.ts). */
export const CORRECTIONS_PAGE = 'corrections.html';

/** The day of the latest correction, as "4 December 2026"; corrections are kept in any order. */
export function latestCorrection(corrections: Correction[]): string {
  return formatPartialDate(corrections.map((c) => c.on).sort().at(-1)!);
}

/**
 * "Corrected on <day>" on a record that was corrected, with what changed and why on request:
 * readers see that the record is not as first published, as a newsroom's correction note says.
 */
export function CorrectionNote({ corrections }: { corrections?: Correction[] }) {
  if (!corrections?.length) return null;
  return (
    <details className="correction">
      <summary>
        {CORRECTION_TEXT.correctedOn} {latestCorrection(corrections)}
      </summary>
      <ul>
        {corrections.map((c, i) => (
          <li key={i}>
            <time dateTime={c.on}>{formatPartialDate(c.on)}</time>. {CORRECTION_TEXT.what} {c.what} {CORRECTION_TEXT.why} {c.why}
          </li>
        ))}
      </ul>
      <a href={CORRECTIONS_PAGE}>{CORRECTION_TEXT.allCorrections}</a>
    </details>
  );
}

/** The page's footer: where readers find the corrections, as on a newsroom's site. */
export function PageFooter() {
  return (
    <footer className="page-footer" aria-label={CORRECTION_TEXT.footerLabel}>
      <a href={CORRECTIONS_PAGE}>{CORRECTION_TEXT.footerLink}</a>
    </footer>
  );
}
