import { lazy, Suspense, useState } from 'react';
import type { Place } from './data/schema.ts';
import type { OpenedDataset } from './importers/OpenFileDialog.tsx';

// The dialog, its CSV parser and its checks load only when the reader asks for them.
const OpenFileDialog = lazy(() => import('./importers/OpenFileDialog.tsx'));

// User-visible strings, in one place until they move to the i18n catalogue.
const TEXT = { open: 'Open a file' };

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
  return (
    <>
      <button type="button" className="embed-open open-file-open" onClick={() => setOpen(true)} disabled={disabled}>
        {TEXT.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <OpenFileDialog knownPlaces={places} onOpen={onOpen} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
