import { useMemo } from 'react';
import type { DayRange } from '../data/dates.ts';
import { formatAxis } from '../i18n/i18n.tsx';
import { axisLabelDays, binUnitFor, binsOf, countPerBin, shareOfTrack } from './window.ts';

/**
 * Events per bin behind the slider, drawn twice: light, and dark clipped to the window (the
 * slider's --first and --last), so that the highlight follows the window with no render. The bins
 * follow the track's zoom (years, months, weeks or days), and so do the labels under it.
 */
/** Where along the track the last axis label may start: a year's label is about 8% of a phone's track. */
const LAST_LABEL_SHARE = 0.92;

export function Histogram({ track, eventSpans }: { track: DayRange; eventSpans: DayRange[] }) {
  const unit = binUnitFor(track);
  const bins = useMemo(() => binsOf(track, unit), [track, unit]);
  const counts = useMemo(() => countPerBin(eventSpans, bins), [eventSpans, bins]);
  const max = Math.max(1, ...counts);
  const x = (day: number) => shareOfTrack(day, track) * 1000;
  const bars = bins.map((bin, i) => {
    // A bin with any event keeps a visible bar (4 of 40 units) when one busy bin sets the scale.
    const height = counts[i] > 0 ? Math.max(4, (counts[i] / max) * 38) : 0;
    // A bin ends where the next begins: its last day's end, not its start.
    const width = x(bin.last + 1) - x(bin.first);
    return (
      <rect
        key={bin.first}
        x={x(bin.first) + Math.min(1, width / 8)}
        width={Math.max(0.5, width - Math.min(2, width / 4))}
        y={40 - height}
        height={height}
      />
    );
  });
  return (
    <>
      {['histogram', 'histogram histogram--in'].map((className) => (
        <svg
          key={className}
          className={className}
          viewBox="0 0 1000 40"
          preserveAspectRatio="none"
          aria-hidden="true"
          data-bins={bins.length}
          data-unit={unit}
        >
          {bars}
        </svg>
      ))}
      <div className="timeline-axis" aria-hidden="true">
        {/* A label that starts in the track's last stretch would run past its end, off a phone's screen. */}
        {axisLabelDays(track, unit)
          .filter((day) => shareOfTrack(day, track) < LAST_LABEL_SHARE)
          .map((day) => (
            <span key={day} style={{ insetInlineStart: `${shareOfTrack(day, track) * 100}%` }}>
              {formatAxis(day, unit)}
            </span>
          ))}
      </div>
    </>
  );
}
