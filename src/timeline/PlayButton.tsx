import { useEffect, useRef, useState } from 'react';
import type { Span } from '../data/model.ts';
import type { DayWindow } from '../data/selectors.ts';

const SMOOTH = { everyMs: 120, days: 30 };
/** With reduced motion the window jumps a year at a time, slowly, instead of gliding. */
const STEPPED = { everyMs: 1500, days: 365 };
const RESTART_WIDTH = 3 * 365;

interface PlayButtonProps {
  window: DayWindow;
  extent: Span;
  onChange: (window: DayWindow) => void;
  shiftWindow: (by: number) => DayWindow;
}

/** Plays the window forward through time until it reaches the end, or until paused. */
export function PlayButton({ window, extent, onChange, shiftWindow }: PlayButtonProps) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ window, shiftWindow, onChange });
  latest.current = { window, shiftWindow, onChange };

  useEffect(() => {
    if (!playing) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const pace = reduce ? STEPPED : SMOOTH;
    const timer = setInterval(() => {
      const { window: current, shiftWindow: shift, onChange: change } = latest.current;
      if (current.last >= extent.last) {
        setPlaying(false);
        return;
      }
      change(shift(pace.days));
    }, pace.everyMs);
    return () => clearInterval(timer);
  }, [playing, extent.last]);

  const toggle = () => {
    if (!playing && window.last >= extent.last) {
      // Start again from the beginning, with a window no wider than a few years so it can travel.
      const width = Math.min(window.last - window.first, RESTART_WIDTH);
      onChange({ first: extent.first, last: extent.first + width });
    }
    setPlaying(!playing);
  };

  return (
    <button type="button" className="play" onClick={toggle} aria-pressed={playing}>
      {playing ? '❚❚ Pause' : '▶ Play'}
    </button>
  );
}
