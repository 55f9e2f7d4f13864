import { useEffect, useState } from 'react';
import type { Span } from '../data/model.ts';
import type { DayWindow } from '../data/selectors.ts';
import type { Store } from '../state/store.ts';
import { shiftWindow } from './window.ts';

const SMOOTH = { everyMs: 120, days: 30 };
/** With reduced motion the window jumps a year at a time, slowly, instead of gliding. */
const STEPPED = { everyMs: 1500, days: 365 };
const RESTART_WIDTH = 3 * 365;

/** Plays the window forward through time until it reaches the end, or until paused. */
export function PlayButton({ windowStore, extent }: { windowStore: Store<DayWindow>; extent: Span }) {
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const pace = matchMedia('(prefers-reduced-motion: reduce)').matches ? STEPPED : SMOOTH;
    const timer = setInterval(() => {
      const window = windowStore.get();
      if (window.last >= extent.last) setPlaying(false);
      else windowStore.set(shiftWindow(window, pace.days, extent));
    }, pace.everyMs);
    return () => clearInterval(timer);
  }, [playing, windowStore, extent]);

  const toggle = () => {
    const window = windowStore.get();
    if (!playing && window.last >= extent.last) {
      // Start again from the beginning, with a window no wider than a few years so it can travel.
      const width = Math.min(window.last - window.first, RESTART_WIDTH);
      windowStore.set({ first: extent.first, last: extent.first + width });
    }
    setPlaying(!playing);
  };

  return (
    <button type="button" className="play" onClick={toggle} aria-pressed={playing}>
      {playing ? '❚❚ Pause' : '▶ Play'}
    </button>
  );
}
