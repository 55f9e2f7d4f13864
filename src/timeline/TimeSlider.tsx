/**
 * The date window: two handles (start and end) and the span between them, which drags the
 * whole window. Every change is reported live. Handles are real sliders for assistive
 * technology, with arrow keys (a month), Page keys (a year), Home and End.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay } from '../data/dates.ts';
import { useStore, type Store } from '../state/store.ts';
import type { Span } from '../data/model.ts';
import type { DayWindow } from '../data/selectors.ts';
import { Histogram } from './Histogram.tsx';
import { PlayButton } from './PlayButton.tsx';

const MONTH = 30;
const YEAR = 365;

interface TimeSliderProps {
  extent: Span;
  /** The window shown, which the slider sets: its other readers follow it without a render of the app. */
  windowStore: Store<DayWindow>;
  perYear: Map<number, number>;
  /** While the events load: the same layout, nothing to move yet. */
  disabled?: boolean;
}

type Dragging = { part: 'first' | 'last' } | { part: 'window'; grabDay: number; grabbed: DayWindow };

export function TimeSlider({ extent, windowStore, perYear, disabled = false }: TimeSliderProps) {
  const window = useStore(windowStore);
  const onChange = windowStore.set;
  const trackRef = useRef<HTMLDivElement>(null);
  const dragging = useRef<Dragging | null>(null);
  const length = Math.max(1, extent.last - extent.first);
  const fraction = (day: number) => ((day - extent.first) / length) * 100;

  const dayAt = (clientX: number) => {
    const rect = trackRef.current!.getBoundingClientRect();
    const share = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    return Math.round(extent.first + share * length);
  };

  const clampWindow = (first: number, last: number): DayWindow => ({
    first: Math.max(extent.first, Math.min(first, last)),
    last: Math.min(extent.last, Math.max(first, last)),
  });

  const shiftWindow = (by: number): DayWindow => {
    const width = window.last - window.first;
    const first = Math.max(extent.first, Math.min(extent.last - width, window.first + by));
    return { first, last: first + width };
  };

  const moveHandle = (part: 'first' | 'last', day: number) =>
    onChange(part === 'first' ? clampWindow(day, window.last) : clampWindow(window.first, day));

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
    if (drag.part === 'window') {
      const width = drag.grabbed.last - drag.grabbed.first;
      const first = Math.max(extent.first, Math.min(extent.last - width, drag.grabbed.first + day - drag.grabDay));
      onChange({ first, last: first + width });
    } else {
      moveHandle(drag.part, day);
    }
  };

  /** A press on the bare track moves the nearer handle there. */
  const onTrackPointerDown = (event: PointerEvent) => {
    const day = dayAt(event.clientX);
    const part = Math.abs(day - window.first) < Math.abs(day - window.last) ? 'first' : 'last';
    moveHandle(part, day);
    startDrag(event, { part });
  };

  // Each handle moves between the timeline's edge and the other handle.
  const bounds = (part: 'first' | 'last') =>
    part === 'first' ? { min: extent.first, max: window.last } : { min: window.first, max: extent.last };

  const onHandleKey = (part: 'first' | 'last') => (event: KeyboardEvent) => {
    const current = window[part];
    const { min, max } = bounds(part);
    const steps: Record<string, number> = {
      ArrowLeft: current - MONTH,
      ArrowDown: current - MONTH,
      ArrowRight: current + MONTH,
      ArrowUp: current + MONTH,
      PageDown: current - YEAR,
      PageUp: current + YEAR,
      Home: min,
      End: max,
    };
    if (!(event.key in steps)) return;
    event.preventDefault();
    moveHandle(part, steps[event.key]);
  };

  const handle = (part: 'first' | 'last', label: string) => (
    <div
      className={`slider-handle slider-handle--${part}`}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={bounds(part).min}
      aria-valuemax={bounds(part).max}
      aria-valuenow={window[part]}
      aria-valuetext={formatDay(window[part])}
      style={{ left: `${fraction(window[part])}%` }}
      onPointerDown={(event) => startDrag(event, { part })}
      onKeyDown={onHandleKey(part)}
    />
  );

  return (
    <div className={disabled ? 'timeline timeline--disabled' : 'timeline'} role="group" aria-label="Dates shown" inert={disabled}>
      <div className="timeline-controls">
        <PlayButton window={window} extent={extent} onChange={onChange} shiftWindow={shiftWindow} />
        <button type="button" onClick={() => onChange(shiftWindow(-YEAR))} aria-label="One year earlier">
          ◀
        </button>
        <output className="timeline-dates" aria-live="off">
          {disabled ? 'Loading the dates…' : `${formatDay(window.first)} – ${formatDay(window.last)}`}
        </output>
        <button type="button" onClick={() => onChange(shiftWindow(YEAR))} aria-label="One year later">
          ▶
        </button>
        <button type="button" onClick={() => onChange(extent)}>
          All dates
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
        <Histogram extent={extent} window={window} perYear={perYear} />
        <div
          className="slider-window"
          style={{ left: `${fraction(window.first)}%`, width: `${fraction(window.last) - fraction(window.first)}%` }}
          onPointerDown={(event) => startDrag(event, { part: 'window', grabDay: dayAt(event.clientX), grabbed: window })}
          title="Drag to move the dates shown"
        />
        {handle('first', 'Start date')}
        {handle('last', 'End date')}
      </div>
    </div>
  );
}
