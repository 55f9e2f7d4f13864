import { daysFromCivil } from '../data/dates.ts';
import type { DayRange } from '../data/dates.ts';
import { yearOf } from '../data/selectors.ts';
import { shareOfTrack } from './window.ts';

/**
 * Events per year behind the slider, drawn twice: light, and dark clipped to the window (the
 * slider's --first and --last), so that the highlight follows the window with no render.
 */
export function Histogram({ extent, perYear }: { extent: DayRange; perYear: Map<number, number> }) {
  const max = Math.max(1, ...perYear.values());
  const years: number[] = [];
  for (let year = yearOf(extent.first); year <= yearOf(extent.last); year++) years.push(year);
  const bars = years.map((year) => {
    const first = Math.max(extent.first, daysFromCivil(year, 1, 1));
    const last = Math.min(extent.last, daysFromCivil(year, 12, 31));
    const height = ((perYear.get(year) ?? 0) / max) * 38;
    return <rect key={year} x={shareOfTrack(first, extent) * 1000 + 1} width={Math.max(1, (shareOfTrack(last, extent) - shareOfTrack(first, extent)) * 1000 - 2)} y={40 - height} height={height} />;
  });
  return ['histogram', 'histogram histogram--in'].map((className) => (
    <svg key={className} className={className} viewBox="0 0 1000 40" preserveAspectRatio="none" aria-hidden="true">
      {bars}
    </svg>
  ));
}
