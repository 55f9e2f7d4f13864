/**
 * "Open a file": the reader's own data on this map, checked in a worker with the dataset's own
 * checks and shown under the "not the publisher's dataset" banner. Loaded only when the control
 * is used (its parser and checks are a chunk of their own). The files never leave the device.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatDataError, type DataError } from '../data/errors.ts';
import type { Dataset, Place } from '../data/schema.ts';
import { openInWorker } from './open-in-worker.ts';

// User-visible strings, in one place until they move to the i18n catalogue.
const TEXT = {
  title: 'Open your own data',
  intro:
    'Show your own records on this map: the four sheets (sources.csv, places.csv, events.csv, claims.csv), an ACLED export (CSV), or the dataset’s JSON files. They are checked and shown in this browser only: nothing is uploaded.',
  choose: 'Choose files',
  drop: 'or drop them here',
  checking: (names: string) => `Checking ${names}…`,
  refused: (n: number) => `Not opened: ${n} error${n === 1 ? '' : 's'}. Nothing was changed on the map.`,
  more: (n: number) => `… and ${n} more.`,
  close: 'Close',
};
const SHOWN_ERRORS = 50;

export interface OpenedDataset {
  dataset: Dataset;
  names: string[];
  notes: string[];
}

interface OpenFileDialogProps {
  knownPlaces: Pick<Place, 'id' | 'geometry'>[];
  onOpen: (opened: OpenedDataset) => void;
  onClose: () => void;
}

export default function OpenFileDialog({ knownPlaces, onOpen, onClose }: OpenFileDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'checking'; names: string } | { kind: 'refused'; errors: DataError[] }>({
    kind: 'idle',
  });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const open = async (fileList: FileList | null) => {
    const files = [...(fileList ?? [])];
    if (files.length === 0) return;
    const names = files.map((f) => f.name);
    setStatus({ kind: 'checking', names: names.join(', ') });
    const result = await openInWorker(files, knownPlaces);
    if (!result.ok) return setStatus({ kind: 'refused', errors: result.errors });
    dialog.current?.close();
    onOpen({ dataset: result.dataset, names, notes: result.notes });
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    void open(event.dataTransfer.files);
  };

  return (
    <dialog ref={dialog} className="embed-dialog open-file-dialog" aria-labelledby="open-file-title" onClose={onClose}>
      <h2 id="open-file-title">{TEXT.title}</h2>
      <p>{TEXT.intro}</p>
      <div className="open-file-drop" onDragOver={(event) => event.preventDefault()} onDrop={drop}>
        <label>
          {TEXT.choose}{' '}
          <input
            type="file"
            multiple
            accept=".csv,.json,.geojson,text/csv,application/json"
            onChange={(event) => void open(event.target.files)}
          />
        </label>{' '}
        <span>{TEXT.drop}</span>
      </div>
      <div role="status" aria-live="polite">
        {status.kind === 'checking' && <p>{TEXT.checking(status.names)}</p>}
        {status.kind === 'refused' && (
          <>
            <p>{TEXT.refused(status.errors.length)}</p>
            <ul className="open-file-errors">
              {status.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
                <li key={i}>{formatDataError(error)}</li>
              ))}
              {status.errors.length > SHOWN_ERRORS && <li>{TEXT.more(status.errors.length - SHOWN_ERRORS)}</li>}
            </ul>
          </>
        )}
      </div>
      <form method="dialog">
        <button type="submit">{TEXT.close}</button>
      </form>
    </dialog>
  );
}
