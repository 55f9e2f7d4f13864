import { useState, type ReactNode } from 'react';

const PAGE = 50;

/** Shows a long list a page at a time, so that 100,000 records never become 100,000 DOM nodes. */
export function Paged<T>({ items, noun, children }: { items: T[]; noun: string; children: (shown: T[]) => ReactNode }) {
  const [pages, setPages] = useState(1);
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
