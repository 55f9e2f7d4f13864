import { useState, type ReactNode } from 'react';

const PAGE = 50;

/** Shows a long list a page at a time, so that 100,000 records never become 100,000 DOM nodes. */
export function Paged<T>({ items, noun, children, atLeast = 0 }: { items: T[]; noun: string; children: (shown: T[]) => ReactNode; atLeast?: number }) {
  // `atLeast` items are shown from the start (a linked claim far down the list).
  const [pages, setPages] = useState(() => Math.max(1, Math.ceil(atLeast / PAGE)));
  const shown = items.slice(0, pages * PAGE);
  return (
    <>
      {children(shown)}
      {shown.length < items.length && (
        <button type="button" className="show-more" onClick={() => setPages(pages + 1)}>
          Show {Math.min(PAGE, items.length - shown.length)} more {noun} ({shown.length} of {items.length} shown)
        </button>
      )}
    </>
  );
}
