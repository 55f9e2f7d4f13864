import { formatDataError, type DataError } from './data/errors.ts';
import { rich, useT } from './i18n/i18n.tsx';
import type { MessageKey } from './i18n/en.ts';
import type { RefusalReason } from './state/dataset-url.ts';

export type DataNotice =
  | { kind: 'custom'; url: string }
  /** Files the reader opened in the page ("Open a file"), with what the import has to say (rows not shown). */
  | { kind: 'local'; names: string[]; notes: string[] }
  | { kind: 'refused'; url: string; reason: RefusalReason }
  | { kind: 'invalid'; url: string | null; errors: DataError[] };

const REASONS: Record<RefusalReason, MessageKey> = {
  'not-a-url': 'notice.refusedNotUrl',
  scheme: 'notice.refusedScheme',
  origin: 'notice.refusedOrigin',
};

const SHOWN_ERRORS = 30;

/**
 * What the reader must know about the data on screen: that it is not the built-in dataset and
 * where it came from, or why a requested dataset was not shown. URLs are shown as text.
 */
export function DataNotices({ notices }: { notices: DataNotice[] }) {
  const t = useT();
  if (notices.length === 0) return null;
  // A URL is read left to right whatever the page's direction.
  const url = (text: string) => (
    <code dir="ltr" translate="no">
      {text}
    </code>
  );
  return (
    // A labelled region: a notice must sit in a landmark, like everything on the page (axe-core's "region").
    <section className="data-notices" aria-label={t('notice.region')}>
      {notices.map((notice, index) => (
        <div
          key={index}
          className={`data-notice data-notice--${notice.kind === 'local' ? 'custom' : notice.kind}`}
          role={notice.kind === 'custom' || notice.kind === 'local' ? 'note' : 'alert'}
        >
          {notice.kind === 'custom' && (
            <p>{rich(t('notice.custom'), { strong: <strong>{t('notice.customStrong')}</strong>, url: url(notice.url) })}</p>
          )}
          {notice.kind === 'local' && (
            <>
              <p>
                <strong>Not the publisher’s dataset.</strong> This map shows data from files opened on this device (
                {notice.names.join(', ')}); they have not left it.
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
          {notice.kind === 'refused' && <p>{rich(t('notice.refused', { reason: t(REASONS[notice.reason]) }), { url: url(notice.url) })}</p>}
          {notice.kind === 'invalid' && (
            <>
              <p>
                {rich(t('notice.invalid', { count: notice.errors.length }), { url: notice.url ? url(notice.url) : t('notice.builtIn') })}{' '}
                {t('notice.errorsInEnglish')}
              </p>
              <ul lang="en" dir="ltr">
                {notice.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
                  <li key={i}>{formatDataError(error)}</li>
                ))}
                {notice.errors.length > SHOWN_ERRORS && (
                  <li lang={undefined}>{t('notice.more', { count: notice.errors.length - SHOWN_ERRORS })}</li>
                )}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
