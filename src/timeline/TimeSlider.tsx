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
import { memo, useCallback, useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay, t, useLanguage } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { isRightToLeft } from '../i18n/languages.ts';
import { useFollow, type Store } from '../state/store.ts';
import type { DayRange } from '../data/dates.ts';
import { Histogram } from './Histogram.tsx';
import { PlayButton } from './PlayButton.tsx';
import {
  YEAR,
  dayAtShare,
  handleBounds,
  keySteps,
  moveHandle,
  shareOfTrack,
  shiftWindow,
  trackAround,
  trackFollowing,
  zoomTrack,
} from './window.ts';

interface TimeSliderProps {
  extent: DayRange;
  /** The window shown, which the slider sets and follows: its other readers follow it too. */
  windowStore: Store<DayRange>;
  /** Every event's span, for the histogram. */
  eventSpans: DayRange[];
  /** The part of the timeline the track spans (zoomed in), or null for all of it. */
  track: DayRange | null;
  onTrack: (track: DayRange | null) => void;
  /** While the events load: the same layout, nothing to move yet. */
  disabled?: boolean;
}

type Part = 'first' | 'last';
type Dragging = { part: Part } | { part: 'window'; grabDay: number; grabbed: DayRange };

const HANDLES: { part: Part; label: MessageKey }[] = [
  { part: 'first', label: 'slider.start' },
  { part: 'last', label: 'slider.end' },
];

export const TimeSlider = memo(function TimeSlider({
  extent,
  windowStore,
  eventSpans,
  track: zoomed,
  onTrack,
  disabled = false,
}: TimeSliderProps) {
  const timeline = useRef<HTMLDivElement>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const dragging = useRef<Dragging | null>(null);
  const set = windowStore.set;
  const { lang, t } = useLanguage();
  // In a right-to-left language time runs from right to left, as a native range input's values
  // do there: the earliest date is at the right-hand end (see README, "Languages").
  const rtl = isRightToLeft(lang);
  // The zoom, within the extent (which grows once the events arrive); all of it when not zoomed.
  const track = zoomed && zoomed.first >= extent.first && zoomed.last <= extent.last ? zoomed : extent;
  const isZoomed = track !== extent;
  const keyStep = keySteps(track);

  // The language is a dependency: the dates are written again in a newly chosen one.
  useFollow(
    windowStore,
    useCallback(
      (dateWindow: DayRange) => showWindow(timeline.current!, dateWindow, extent, track, disabled),
      [extent, track, disabled, lang],
    ),
  );

  /** The share of the track from its start (the right-hand end in right-to-left) to a pointer. */
  const shareAt = (clientX: number, rect: DOMRect) =>
    Math.min(1, Math.max(0, (rtl ? rect.right - clientX : clientX - rect.left) / rect.width));
  const dayAt = (clientX: number) => dayAtShare(shareAt(clientX, trackRef.current!.getBoundingClientRect()), track);
  const zoomBy = (factor: number, around: number) => {
    const next = zoomTrack(track, factor, around, extent);
    onTrack(next.first === extent.first && next.last === extent.last ? null : next);
  };
  const zoomIn = () => {
    const next = trackAround(windowStore.get(), extent);
    // Already showing the window: zoom in further around its middle.
    if (next.first === track.first && next.last === track.last) zoomBy(0.5, Math.round((track.first + track.last) / 2));
    else onTrack(next.first === extent.first && next.last === extent.last ? null : next);
  };
  const zoomOut = () => zoomBy(3, Math.round((track.first + track.last) / 2));

  // A zoomed track slides with a window that leaves it (a key at its edge, play, a year's step),
  // so that the handles never wait at an edge with the dates they show out of sight.
  useEffect(() => {
    if (!isZoomed) return;
    return windowStore.subscribe(() => {
      const next = trackFollowing(track, windowStore.get(), extent);
      if (next !== track) onTrack(next.first === extent.first && next.last === extent.last ? null : next);
    });
  }, [windowStore, track, extent, isZoomed, onTrack]);

  // The wheel over the track zooms around the day under the pointer (a listener that may cancel
  // the page's scroll, which React's passive onWheel cannot); two fingers pinch likewise.
  const zoomAround = useRef(zoomBy);
  zoomAround.current = zoomBy;
  const trackNow = useRef(track);
  trackNow.current = track;
  const shareAtNow = useRef(shareAt);
  shareAtNow.current = shareAt;
  useEffect(() => {
    const element = trackRef.current!;
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY === 0 || disabled) return;
      event.preventDefault();
      const share = shareAtNow.current(event.clientX, element.getBoundingClientRect());
      zoomAround.current(event.deltaY < 0 ? 0.8 : 1.25, dayAtShare(share, trackNow.current));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [disabled]);
  const pointers = useRef(new Map<number, number>());
  const pinchFrom = useRef<number | null>(null);
  const onPinch = (event: PointerEvent) => {
    if (!pointers.current.has(event.pointerId)) return false;
    pointers.current.set(event.pointerId, event.clientX);
    if (pointers.current.size !== 2) return false;
    const [a, b] = [...pointers.current.values()];
    const distance = Math.abs(a - b);
    if (pinchFrom.current !== null && distance > 8 && pinchFrom.current > 8) zoomBy(pinchFrom.current / distance, dayAt((a + b) / 2));
    pinchFrom.current = distance;
    return true;
  };
  const endPointer = (event: PointerEvent) => {
    pointers.current.delete(event.pointerId);
    pinchFrom.current = null;
    dragging.current = null;
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
    if (onPinch(event)) return;
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
      [toEarlier]: current - keyStep.arrow,
      ArrowDown: current - keyStep.arrow,
      [toLater]: current + keyStep.arrow,
      ArrowUp: current + keyStep.arrow,
      PageDown: current - keyStep.page,
      PageUp: current + keyStep.page,
      Home: min,
      End: max,
    };
    if (event.key === '+' || event.key === '=') zoomIn();
    else if (event.key === '-') zoomOut();
    else if (!(event.key in steps)) return;
    else moveTo(part, steps[event.key]);
    event.preventDefault();
  };

  return (
    <div
      ref={timeline}
      className={disabled ? 'timeline timeline--disabled' : 'timeline'}
      role="group"
      aria-label={t('slider.group')}
      inert={disabled}
    >
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
        <span className="timeline-zoom" role="group" aria-label={t('slider.zoomGroup')}>
          <button type="button" onClick={zoomIn} aria-label={t('slider.zoomIn')} title={`${t('slider.zoomIn')} (+)`}>
            +
          </button>
          <button
            type="button"
            onClick={zoomOut}
            disabled={!isZoomed}
            aria-label={t('slider.zoomOut')}
            title={`${t('slider.zoomOut')} (−)`}
          >
            −
          </button>
          {isZoomed && (
            <button type="button" onClick={() => onTrack(null)}>
              {t('slider.wholeTimeline')}
            </button>
          )}
        </span>
      </div>
      <div
        className="slider"
        ref={trackRef}
        onPointerDownCapture={(event) => {
          if (event.pointerType === 'touch') pointers.current.set(event.pointerId, event.clientX);
        }}
        onPointerDown={onTrackPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endPointer}
        onPointerCancel={endPointer}
        data-zoomed={isZoomed}
      >
        <Histogram track={track} eventSpans={eventSpans} />
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
function showWindow(timeline: HTMLElement, dateWindow: DayRange, extent: DayRange, track: DayRange, disabled: boolean): void {
  // An end outside a zoomed track waits at the track's edge.
  const share = (day: number) => `${Math.min(1, Math.max(0, shareOfTrack(day, track))) * 100}%`;
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
