import { formatDataError, type DataError } from './data/errors.ts';

export type DataNotice =
  | { kind: 'custom'; url: string }
  /** Files the reader opened in the page ("Open a file"), with what the import has to say (rows not shown). */
  | { kind: 'local'; names: string[]; notes: string[] }
  | { kind: 'refused'; url: string; reason: string }
  | { kind: 'invalid'; url: string; errors: DataError[] };

const SHOWN_ERRORS = 30;

/**
 * What the reader must know about the data on screen: that it is not the built-in dataset and
 * where it came from, or why a requested dataset was not shown. URLs are shown as text.
 */
export function DataNotices({ notices }: { notices: DataNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="data-notices">
      {notices.map((notice, index) => (
        <div key={index} className={`data-notice data-notice--${notice.kind === 'local' ? 'custom' : notice.kind}`} role={notice.kind === 'custom' || notice.kind === 'local' ? 'note' : 'alert'}>
          {notice.kind === 'custom' && (
            <p>
              <strong>Not the publisher’s dataset.</strong> This map shows data loaded from <code>{notice.url}</code>.
            </p>
          )}
          {notice.kind === 'local' && (
            <>
              <p>
                <strong>Not the publisher’s dataset.</strong> This map shows data from files opened on this device ({notice.names.join(', ')}); they
                have not left it.
              </p>
              {notice.notes.length > 0 && (
                <details>
                  <summary>{notice.notes[0]}</summary>
                  <ul>
                    {notice.notes.slice(1, SHOWN_ERRORS + 1).map((note, i) => (
                      <li key={i}>{note}</li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
          {notice.kind === 'refused' && (
            <p>
              The dataset <code>{notice.url}</code> was not loaded: {notice.reason}. Showing the built-in data instead.
            </p>
          )}
          {notice.kind === 'invalid' && (
            <>
              <p>
                The dataset at <code>{notice.url}</code> was not loaded: {notice.errors.length} error
                {notice.errors.length === 1 ? '' : 's'}.
              </p>
              <ul>
                {notice.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
                  <li key={i}>{formatDataError(error)}</li>
                ))}
                {notice.errors.length > SHOWN_ERRORS && <li>… and {notice.errors.length - SHOWN_ERRORS} more.</li>}
              </ul>
            </>
          )}
        </div>
      ))}
    </div>
  );
}
