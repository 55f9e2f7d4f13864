import { lazy, Suspense, useState } from 'react';
import type { Place } from './data/schema.ts';
import { useT } from './i18n/i18n.tsx';
import type { OpenedDataset } from './importers/OpenFileDialog.tsx';

// The dialog, its CSV parser and its checks load only when the reader asks for them.
const OpenFileDialog = lazy(() => import('./importers/OpenFileDialog.tsx'));

/** The full map's "Open a file" control (src/importers/OpenFileDialog.tsx). */
export function OpenFileButton({
  places,
  onOpen,
  disabled,
}: {
  places: Place[];
  onOpen: (opened: OpenedDataset) => void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" className="embed-open open-file-open" onClick={() => setOpen(true)} disabled={disabled}>
        {t('header.openFile')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <OpenFileDialog knownPlaces={places} onOpen={onOpen} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
