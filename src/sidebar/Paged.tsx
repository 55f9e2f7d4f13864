import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/i18n.tsx';

const PAGE = 50;

/** Shows a long list a page at a time, so that 100,000 records never become 100,000 DOM nodes. */
export function Paged<T>({ items, more, children }: { items: T[]; more: MessageKey; children: (shown: T[]) => ReactNode }) {
  const [pages, setPages] = useState(1);
  const t = useT();
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
