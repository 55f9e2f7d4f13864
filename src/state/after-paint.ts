import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, once the browser has painted the frame the urgent update asked for (the slider's thumb,
 * the map's places). Like useDeferredValue, except that React runs a deferred render in a task of
 * its own that can come before that frame and hold it back; this waits for the frame, then renders
 * as a transition, which a newer value interrupts.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
