import { ACLED_SOURCE_ID, acledRowsLeftOut, PUBLISHED_FILES } from '../data/publish.ts';
import type { Dataset } from '../data/schema.ts';
import { useT } from '../i18n/i18n.tsx';

/** The CSVs built beside the published files (src/importers/downloads.ts); spreadsheet formulas in them are neutralised. */
const CSV_FILES = ['events.csv', 'claims.csv'];

/**
 * The dataset on screen in its published form, for readers and researchers (see data/README.md).
 * With ACLED rows that may not be passed on, only the CSVs are offered, which leave those rows out.
 */
export function Downloads({ folderUrl, dataset }: { folderUrl: string; dataset: Dataset }) {
  const t = useT();
  const leftOut = acledRowsLeftOut(dataset).events;
  const files = leftOut > 0 ? CSV_FILES : [...PUBLISHED_FILES, ...CSV_FILES];
  return (
    <footer className="downloads">
      <h3 id="downloads-heading">{t('sidebar.downloads')}</h3>
      <ul aria-labelledby="downloads-heading">
        {files.map((file) => (
          <li key={file}>
            <a href={new URL(file, folderUrl).href} download>
              {file}
            </a>
          </li>
        ))}
      </ul>
      {leftOut > 0 && (
        <p className="downloads-note">
          {t('sidebar.acledLeftOut', { count: leftOut })}{' '}
          <a href={dataset.sources.find((s) => s.id === ACLED_SOURCE_ID)?.url ?? 'https://acleddata.com'} rel="noopener">
            acleddata.com
          </a>
        </p>
      )}
    </footer>
  );
}
