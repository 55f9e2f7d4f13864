import type { Correction } from '../data/schema.ts';
import { formatDate, useT } from '../i18n/i18n.tsx';
import { Original } from './RecordText.tsx';

/** The page the build writes with every corrected record (scripts/corrections-page.ts). */
export const CORRECTIONS_PAGE = 'corrections.html';

/** The day of the latest correction, as "4 December 2026"; corrections are kept in any order. */
export function latestCorrection(corrections: Correction[]): string {
  return formatDate(
    corrections
      .map((c) => c.on)
      .sort()
      .at(-1)!,
  );
}

/**
 * "Corrected on <day>" on a record that was corrected, with what changed and why on request:
 * readers see that the record is not as first published, as a newsroom's correction note says.
 */
export function CorrectionNote({ corrections }: { corrections?: Correction[] }) {
  const t = useT();
  if (!corrections?.length) return null;
  return (
    <details className="correction">
      <summary>{t('correction.correctedOn', { date: latestCorrection(corrections) })}</summary>
      <ul>
        {corrections.map((c, i) => (
          <li key={i}>
            <time dateTime={c.on}>{formatDate(c.on)}</time>. {t('correction.what')} <Original>{c.what}</Original> {t('correction.why')}{' '}
            <Original>{c.why}</Original>
          </li>
        ))}
      </ul>
      <a href={CORRECTIONS_PAGE}>{t('correction.all')}</a>
    </details>
  );
}

/** The page's footer: where readers find the corrections, as on a newsroom's site. */
export function PageFooter() {
  const t = useT();
  return (
    <footer className="page-footer" aria-label={t('correction.footerLabel')}>
      <a href={CORRECTIONS_PAGE}>{t('correction.footerLink')}</a>
    </footer>
  );
}
