import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/i18n.tsx';

const PAGE = 50;

/** Shows a long list a page at a time, so that 100,000 records never become 100,000 DOM nodes. */
export function Paged<T>({
  items,
  more,
  children,
  atLeast = 0,
}: {
  items: T[];
  more: MessageKey;
  children: (shown: T[]) => ReactNode;
  atLeast?: number;
}) {
  const t = useT();
  // `atLeast` items are shown from the start (a linked claim far down the list).
  const [pages, setPages] = useState(() => Math.max(1, Math.ceil(atLeast / PAGE)));
  const shown = items.slice(0, pages * PAGE);
  return (
    <>
      {children(shown)}
      {shown.length < items.length && (
        <button type="button" className="show-more" onClick={() => setPages(pages + 1)}>
          {t(more, { count: Math.min(PAGE, items.length - shown.length), shown: shown.length, total: items.length })}
        </button>
      )}
    </>
  );
}
