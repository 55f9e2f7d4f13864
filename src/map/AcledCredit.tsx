import { formatPartialDate } from '../data/dates.ts';
import { ACLED_SOURCE_ID } from '../data/publish.ts';
import type { Source } from '../data/schema.ts';

// User-visible strings, in one place until they move to the i18n catalogue.
const TEXT = {
  credit: 'Includes data from ACLED (Armed Conflict Location & Event Data),',
  accessed: (date: string) => `accessed ${date}`,
  accessedUnknown: 'access date not recorded',
  filters: (filters: string) => `export filters: ${filters}`,
  filtersUnknown: 'export filters not recorded',
};

/**
 * ACLED's attribution, shown on the map whenever the dataset holds ACLED's events (its terms ask
 * for it), with the export's access date and filters as the import recorded them, or said unknown.
 */
export function AcledCredit({ sources }: { sources: Source[] }) {
  const acled = sources.find((s) => s.id === ACLED_SOURCE_ID && s.acled);
  if (!acled) return null;
  const accessed = acled.accessedOn ? TEXT.accessed(formatPartialDate(acled.accessedOn)) : TEXT.accessedUnknown;
  const filters = acled.acled!.filters ? TEXT.filters(acled.acled!.filters) : TEXT.filtersUnknown;
  return (
    <p className="map-credit">
      {TEXT.credit}{' '}
      <a href={acled.url ?? 'https://acleddata.com'} target="_blank" rel="noopener">
        acleddata.com
      </a>
      ; {accessed}; {filters}.
    </p>
  );
}
