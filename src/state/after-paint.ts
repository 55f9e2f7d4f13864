import { startTransition, useEffect, useState } from 'react';
import type { Store } from './store.ts';

/** A page that is not drawn (a background tab, an iframe scrolled away) runs no frames at all. */
const UNPAINTED_PAGE_MS = 200;

/**
 * The store's value, rendered once the browser has painted the frame of its latest change (the
 * slider's thumb, the map's places). The render is a transition, which a newer change interrupts.
 * A new store is read at once, so that a render never pairs it with the old store's value.
 */
export function useStoreAfterPaint<T>(store: Store<T>): T {
  const [painted, setPainted] = useState(() => ({ store, value: store.get() }));
  useEffect(() => {
    let frame = 0;
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      clearTimeout(fallback);
    };
    const show = () => {
      cancel();
      const value = store.get();
      startTransition(() => setPainted((last) => (last.store === store && Object.is(last.value, value) ? last : { store, value })));
    };
    const schedule = () => {
      cancel();
      frame = requestAnimationFrame(() => (afterFrame = setTimeout(show)));
      fallback = setTimeout(show, UNPAINTED_PAGE_MS);
    };
    const unsubscribe = store.subscribe(schedule);
    // Catches a change made between the render and this effect (a no-op otherwise).
    schedule();
    return () => {
      unsubscribe();
      cancel();
    };
  }, [store]);
  return painted.store === store ? painted.value : store.get();
}
