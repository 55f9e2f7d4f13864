import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import type { DayRange } from '../data/dates.ts';
import type { Store } from '../state/store.ts';
import { shiftWindow } from './window.ts';

const SMOOTH = { everyMs: 120, days: 30 };
/** With reduced motion the window jumps a year at a time, slowly, instead of gliding. */
const STEPPED = { everyMs: 1500, days: 365 };
const RESTART_WIDTH = 3 * 365;

/** Plays the window forward through time until it reaches the end, or until paused. */
export function PlayButton({ windowStore, extent }: { windowStore: Store<DayRange>; extent: DayRange }) {
  const [playing, setPlaying] = useState(false);
  const t = useT();

  useEffect(() => {
    if (!playing) return;
    const pace = matchMedia('(prefers-reduced-motion: reduce)').matches ? STEPPED : SMOOTH;
    const timer = setInterval(() => {
      const dateWindow = windowStore.get();
      if (dateWindow.last >= extent.last) setPlaying(false);
      else windowStore.set(shiftWindow(dateWindow, pace.days, extent));
    }, pace.everyMs);
    return () => clearInterval(timer);
  }, [playing, windowStore, extent]);

  const toggle = () => {
    const dateWindow = windowStore.get();
    if (!playing && dateWindow.last >= extent.last) {
      // Start again from the beginning, with a window no wider than a few years so it can travel.
      const width = Math.min(dateWindow.last - dateWindow.first, RESTART_WIDTH);
      windowStore.set({ first: extent.first, last: extent.first + width });
    }
    setPlaying(!playing);
  };

  return (
    <button type="button" className="play" onClick={toggle} aria-pressed={playing}>
      <span className={playing ? undefined : 'direction-glyph'} aria-hidden="true">
        {playing ? '❚❚' : '▶'}
      </span>{' '}
      {playing ? t('slider.pause') : t('slider.play')}
    </button>
  );
}
