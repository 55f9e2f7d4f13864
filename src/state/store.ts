import { useLayoutEffect } from 'react';

/**
 * One value that its readers follow without a render of the whole app: the slider's window, which
 * the map must follow within the frame of a step, while the sidebar follows once it is painted.
 */
export class Store<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  readonly get = (): T => this.value;

  readonly set = (value: T): void => {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const listener of [...this.listeners]) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/**
 * Calls `follow` with the store's value before the first paint and on every change, without a
 * render: for what must move within the frame of a change, as the slider's handles do.
 */
export function useFollow<T>(store: Store<T>, follow: (value: T) => void): void {
  useLayoutEffect(() => {
    follow(store.get());
    return store.subscribe(() => follow(store.get()));
  }, [store, follow]);
}
