/**
 * The date window: two handles (start and end) and the span between them, which drags the
 * whole window. Every change is reported live. Handles are real sliders for assistive
 * technology, with arrow keys (a month), Page keys (a year), Home and End.
 *
 * What moves with the window (the handles, the span, the dates, the histogram's highlight) is
 * written by `showWindow` straight from the store, not rendered: a step then reaches the map's
 * frame without a render and commit of the slider (see README, "Speed"). The slider renders
 * only when its extent, its histogram or `disabled` change.
 */
import { memo, useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay, t, useLanguage } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { isRightToLeft } from '../i18n/languages.ts';
import { useFollow, type Store } from '../state/store.ts';
import type { DayRange } from '../data/dates.ts';
import { Histogram } from './Histogram.tsx';
import { PlayButton } from './PlayButton.tsx';
import { MONTH, YEAR, dayAtShare, handleBounds, moveHandle, shareOfTrack, shiftWindow } from './window.ts';

interface TimeSliderProps {
  extent: DayRange;
  /** The window shown, which the slider sets and follows: its other readers follow it too. */
  windowStore: Store<DayRange>;
  perYear: Map<number, number>;
  /** While the events load: the same layout, nothing to move yet. */
  disabled?: boolean;
}

type Part = 'first' | 'last';
type Dragging = { part: Part } | { part: 'window'; grabDay: number; grabbed: DayRange };

const HANDLES: { part: Part; label: MessageKey }[] = [
  { part: 'first', label: 'slider.start' },
  { part: 'last', label: 'slider.end' },
];

export const TimeSlider = memo(function TimeSlider({ extent, windowStore, perYear, disabled = false }: TimeSliderProps) {
  const timeline = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const dragging = useRef<Dragging | null>(null);
  const set = windowStore.set;
  const { lang, t } = useLanguage();
  // In a right-to-left language time runs from right to left, as a native range input's values
  // do there: the earliest date is at the right-hand end (see README, "Languages").
  const rtl = isRightToLeft(lang);

  // The language is a dependency: the dates are written again in a newly chosen one.
  useFollow(windowStore, useCallback((dateWindow: DayRange) => showWindow(timeline.current!, dateWindow, extent, disabled), [extent, disabled, lang]));

  const dayAt = (clientX: number) => {
    const rect = trackRef.current!.getBoundingClientRect();
    const fromStart = rtl ? rect.right - clientX : clientX - rect.left;
    const share = Math.min(1, Math.max(0, fromStart / rect.width));
    return dayAtShare(share, extent);
  };

  const moveTo = (part: Part, day: number) => set(moveHandle(windowStore.get(), part, day, extent));
  const shiftBy = (days: number) => set(shiftWindow(windowStore.get(), days, extent));

  const startDrag = (event: PointerEvent, drag: Dragging) => {
    event.preventDefault();
    event.stopPropagation();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    dragging.current = drag;
  };

  const onPointerMove = (event: PointerEvent) => {
    const drag = dragging.current;
    if (!drag) return;
    const day = dayAt(event.clientX);
    if (drag.part === 'window') set(shiftWindow(drag.grabbed, day - drag.grabDay, extent));
    else moveTo(drag.part, day);
  };

  /** A press on the bare track moves the nearer handle there. */
  const onTrackPointerDown = (event: PointerEvent) => {
    const day = dayAt(event.clientX);
    const { first, last } = windowStore.get();
    const part = Math.abs(day - first) < Math.abs(day - last) ? 'first' : 'last';
    moveTo(part, day);
    startDrag(event, { part });
  };

  const onHandleKey = (part: Part) => (event: KeyboardEvent) => {
    const dateWindow = windowStore.get();
    const current = dateWindow[part];
    const { min, max } = handleBounds(dateWindow, part, extent);
    // WAI-ARIA's slider pattern: the arrow keys follow the direction the values run on screen, so
    // in right-to-left Left is later and Right earlier, as on a native range input in RTL;
    // Up, Page Up and End are later in either direction.
    const [toEarlier, toLater] = rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    const steps: Record<string, number> = {
      [toEarlier]: current - MONTH,
      ArrowDown: current - MONTH,
      [toLater]: current + MONTH,
      ArrowUp: current + MONTH,
      PageDown: current - YEAR,
      PageUp: current + YEAR,
      Home: min,
      End: max,
    };

    if (!(event.key in steps)) return;
    event.preventDefault();
    moveTo(part, steps[event.key]);
  };

  return (
    <div ref={timeline} className={disabled ? 'timeline timeline--disabled' : 'timeline'} role="group" aria-label={t('slider.group')} inert={disabled}>
      <div className="timeline-controls">
        <PlayButton windowStore={windowStore} extent={extent} />
        {/* The arrows point the way time runs: CSS mirrors them in right-to-left. */}
        <button type="button" onClick={() => shiftBy(-YEAR)} aria-label={t('slider.earlier')}>
          <span className="direction-glyph">◀</span>
        </button>
        <output className="timeline-dates" aria-live="off" />
        <button type="button" onClick={() => shiftBy(YEAR)} aria-label={t('slider.later')}>
          <span className="direction-glyph">▶</span>
        </button>
        <button type="button" onClick={() => set(extent)}>
          {t('slider.all')}
        </button>
      </div>
      <div
        className="slider"
        ref={trackRef}
        onPointerDown={onTrackPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (dragging.current = null)}
        onPointerCancel={() => (dragging.current = null)}
      >
        <Histogram extent={extent} perYear={perYear} />
        <div
          className="slider-window"
          onPointerDown={(event) => startDrag(event, { part: 'window', grabDay: dayAt(event.clientX), grabbed: windowStore.get() })}
          title={t('slider.drag')}
        />
        {HANDLES.map(({ part, label }) => (
          <div
            key={part}
            className={`slider-handle slider-handle--${part}`}
            role="slider"
            tabIndex={0}
            aria-label={t(label)}
            onPointerDown={(event) => startDrag(event, { part })}
            onKeyDown={onHandleKey(part)}
          />
        ))}
      </div>
    </div>
  );
});

/**
 * Writes the window into the slider: its ends as the CSS variables --first and --last (shares of
 * the track, which place the handles and the span and clip the histogram's highlight), the dates,
 * and each handle's value for assistive technology.
 */
function showWindow(timeline: HTMLElement, dateWindow: DayRange, extent: DayRange, disabled: boolean): void {
  const share = (day: number) => `${shareOfTrack(day, extent) * 100}%`;
  timeline.style.setProperty('--first', share(dateWindow.first));
  timeline.style.setProperty('--last', share(dateWindow.last));
  timeline.querySelector('output')!.textContent = disabled
    ? t('slider.loading')
    : t('date.span', { from: formatDay(dateWindow.first), to: formatDay(dateWindow.last) });
  for (const { part } of HANDLES) {
    const { min, max } = handleBounds(dateWindow, part, extent);
    const handle = timeline.querySelector(`.slider-handle--${part}`)!;
    handle.setAttribute('aria-valuemin', `${min}`);
    handle.setAttribute('aria-valuemax', `${max}`);
    handle.setAttribute('aria-valuenow', `${dateWindow[part]}`);
    handle.setAttribute('aria-valuetext', formatDay(dateWindow[part]));
  }
}
