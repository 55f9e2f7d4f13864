import { startTransition, useEffect, useState } from 'react';

/** A page that is not drawn (a background tab, an iframe scrolled away) runs no frames at all. */
const UNPAINTED_PAGE_MS = 200;

/**
 * `value`, once the browser has painted the frame the urgent update asked for (the slider's thumb,
 * the map's places). Like useDeferredValue, except that React runs a deferred render in a task of
 * its own that can come before that frame and hold it back; this waits for the frame, then renders
 * as a transition, which a newer value interrupts.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    const show = () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      startTransition(() => setPainted(value));
    };
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (afterFrame = setTimeout(show)));
    const fallback = setTimeout(show, UNPAINTED_PAGE_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      clearTimeout(fallback);
    };
  }, [value]);
  return painted;
}
