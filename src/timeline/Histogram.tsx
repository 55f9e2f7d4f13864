import { daysFromCivil } from '../data/dates.ts';
import type { Span } from '../data/model.ts';
import { yearOf, type DayWindow } from '../data/selectors.ts';

/** Events per year behind the slider; years inside the window are drawn darker. */
export function Histogram({ extent, window, perYear }: { extent: Span; window: DayWindow; perYear: Map<number, number> }) {
  const length = Math.max(1, extent.last - extent.first);
  const max = Math.max(1, ...perYear.values());
  const years: number[] = [];
  for (let year = yearOf(extent.first); year <= yearOf(extent.last); year++) years.push(year);
  return (
    <svg className="histogram" viewBox="0 0 1000 40" preserveAspectRatio="none" aria-hidden="true">
      {years.map((year) => {
        const first = Math.max(extent.first, daysFromCivil(year, 1, 1));
        const last = Math.min(extent.last, daysFromCivil(year, 12, 31));
        const height = ((perYear.get(year) ?? 0) / max) * 38;
        const inWindow = last >= window.first && first <= window.last;
        return (
          <rect
            key={year}
            x={((first - extent.first) / length) * 1000 + 1}
            width={Math.max(1, ((last - first) / length) * 1000 - 2)}
            y={40 - height}
            height={height}
            className={inWindow ? 'bar bar--in' : 'bar'}
          />
        );
      })}
    </svg>
  );
}
