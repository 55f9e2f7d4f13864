// @vitest-environment jsdom
/**
 * The ErrorBoundary (src/ErrorBoundary.tsx) keeps one failing part from taking the page with
 * it: its fallback, with the error, replaces only what it wraps. (That React keeps siblings,
 * effects and other boundaries apart is React's to test; the page without a map is tested in the
 * browser: robustness.test.ts, "a browser without WebGL".)
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ErrorBoundary.tsx';

// React reports an error caught by a boundary on console.error; the test expects that noise.
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  consoleError.mockRestore();
});

function Bomb({ message = 'the map blew up' }: { message?: string }): never {
  throw new Error(message);
}

const fallback = (error: Error) => <p role="alert">The map could not start ({error.message}).</p>;

describe('ErrorBoundary', () => {
  it('renders its fallback, with the error, when a child throws while rendering', () => {
    render(
      <main>
        <ErrorBoundary fallback={fallback}>
          <Bomb />
        </ErrorBoundary>
        <aside>The list of places</aside>
      </main>,
    );
    expect(screen.getByRole('alert').textContent).toBe('The map could not start (the map blew up).');
    expect(screen.getByText('The list of places')).toBeTruthy();
  });

  it('renders its children untouched when nothing throws', () => {
    render(
      <ErrorBoundary fallback={fallback}>
        <p>the map</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('the map')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
