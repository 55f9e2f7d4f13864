// @vitest-environment jsdom
/**
 * The ErrorBoundary (src/ErrorBoundary.tsx) keeps one failing part from taking the page with
 * it: its fallback replaces only what it wraps, while everything beside it keeps rendering
 * and keeps working.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
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

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      clicked {count} times
    </button>
  );
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

  it('keeps a sibling outside it rendering and interactive', () => {
    render(
      <main>
        <ErrorBoundary fallback={fallback}>
          <Bomb />
        </ErrorBoundary>
        <Counter />
      </main>,
    );
    const button = screen.getByRole('button');
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button.textContent).toBe('clicked 2 times');
    expect(screen.getByRole('alert')).toBeTruthy();
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

  it('catches a child that starts throwing after an update, and only that part is replaced', () => {
    function Fragile() {
      const [broken, setBroken] = useState(false);
      if (broken) throw new Error('broke on click');
      return (
        <button type="button" onClick={() => setBroken(true)}>
          break the map
        </button>
      );
    }
    render(
      <main>
        <ErrorBoundary fallback={fallback}>
          <Fragile />
        </ErrorBoundary>
        <Counter />
      </main>,
    );
    fireEvent.click(screen.getByText('break the map'));
    expect(screen.getByRole('alert').textContent).toContain('broke on click');
    fireEvent.click(screen.getByText(/clicked/));
    expect(screen.getByText('clicked 1 times')).toBeTruthy();
  });

  it('catches an error thrown in a child’s effect (where a map library starts)', async () => {
    function ThrowsInEffect() {
      const [, setState] = useState(0);
      // An effect that throws, as a map constructor that cannot get a WebGL context would.
      useEffectOnce(() => {
        setState(1);
        throw new Error('Failed to initialize WebGL');
      });
      return <div>map container</div>;
    }
    await act(async () => {
      render(
        <main>
          <ErrorBoundary fallback={fallback}>
            <ThrowsInEffect />
          </ErrorBoundary>
          <aside>The list of places</aside>
        </main>,
      );
    });
    expect(screen.getByRole('alert').textContent).toContain('Failed to initialize WebGL');
    expect(screen.getByText('The list of places')).toBeTruthy();
  });

  it('isolates two boundaries from each other', () => {
    render(
      <main>
        <ErrorBoundary fallback={() => <p>first failed</p>}>
          <Bomb />
        </ErrorBoundary>
        <ErrorBoundary fallback={() => <p>second failed</p>}>
          <p>second works</p>
        </ErrorBoundary>
      </main>,
    );
    expect(screen.getByText('first failed')).toBeTruthy();
    expect(screen.getByText('second works')).toBeTruthy();
    expect(screen.queryByText('second failed')).toBeNull();
  });
});

function useEffectOnce(effect: () => void) {
  useEffect(effect, []);
}
