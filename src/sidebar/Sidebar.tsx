import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { matchesFilter, type ClaimFilter } from '../data/accounts.ts';
import type { Model } from '../data/model.ts';
import type { DayRange } from '../data/dates.ts';
import { activePlaces, claimsAt, type StateList } from '../data/selectors.ts';
import { nameOf, useT } from '../i18n/i18n.tsx';
import { Downloads } from './Downloads.tsx';
import { PlaceList } from './PlaceList.tsx';
import { PlaceName } from './PlaceName.tsx';

// A place's events and claims are read once a place is chosen: their code is not part of what the
// reader waits for before the first map (scripts/budget.ts), and is fetched once the data is in.
const loadPlaceDetail = () => import('./PlaceDetail.tsx').then((module) => module.PlaceDetail);
type PlaceDetailComponent = Awaited<ReturnType<typeof loadPlaceDetail>>;

interface SidebarProps {
  model: Model;
  dateWindow: DayRange;
  states: StateList;
  selectedId: string | null;
  onSelect: (id: string | null, fromList?: boolean) => void;
  datasetUrl: string | null;
  /** The events and claims are still loading. */
  loading: boolean;
  /** Only claims by these sides and this speaker (the linked claim is always shown). */
  claimFilter: ClaimFilter;
  /** A claim opened from a link or the accounts view: marked, and scrolled into view. */
  linkedClaimId: string | null;
  /** An embed of a single claim: the place shows that claim alone. */
  onlyLinkedClaim: boolean;
  /** Under the accounts view: out of the reading order. */
  hidden: boolean;
}

/**
 * The claims sidebar, a labelled region. On a phone it is a bottom sheet the reader pulls up
 * or lowers; it opens by itself when a place is selected.
 */
export const Sidebar = memo(function Sidebar(props: SidebarProps) {
  const { model, dateWindow, states, selectedId, onSelect, datasetUrl, loading, claimFilter, linkedClaimId, onlyLinkedClaim, hidden } =
    props;
  const t = useT();
  const [sheetOpen, setSheetOpen] = useState(selectedId !== null);
  const sheetGestures = useSheetGestures(sheetOpen, setSheetOpen);
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (selectedId !== lastSelected) {
    setLastSelected(selectedId);
    if (selectedId) setSheetOpen(true);
  }
  const place = selectedId ? model.placeById.get(selectedId) : undefined;
  const places = useMemo(() => activePlaces(model, states), [model, states]);

  // Keyboard focus follows the reader between the list and a place (WCAG 2.4.3): to the place's
  // heading when it is opened from the list, back to its button when the list returns.
  const body = useRef<HTMLDivElement>(null);
  // Fetched as soon as the data is in, so that a click on a place rarely waits for it.
  const [PlaceDetail, setPlaceDetail] = useState<PlaceDetailComponent | null>(null);
  useEffect(() => {
    if (!loading) void loadPlaceDetail().then((component) => setPlaceDetail(() => component));
  }, [loading]);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    // A place's heading is focused once its detail is drawn, not the stand-in before it.
    if (place && !PlaceDetail) return;
    const target = focusNext.current;
    focusNext.current = null;
    if (target) body.current?.querySelector<HTMLElement>(target)?.focus();
  });
  const openFromList = (id: string) => {
    focusNext.current = '#sidebar-title';
    onSelect(id, true);
  };
  const backToList = () => {
    if (selectedId) focusNext.current = `[data-place-id="${selectedId}"]`;
    onSelect(null);
  };

  return (
    <aside
      className="sidebar"
      aria-labelledby="sidebar-title"
      aria-busy={loading}
      data-sheet={sheetOpen ? 'open' : 'closed'}
      inert={hidden}
    >
      <button type="button" className="sheet-handle" aria-expanded={sheetOpen} aria-controls="sidebar-body" {...sheetGestures}>
        {sheetOpen
          ? t('sidebar.hide')
          : place
            ? t('sidebar.showPlace', { place: nameOf(place) })
            : loading
              ? t('sidebar.show')
              : t('sidebar.showCount', { count: places.length })}
      </button>
      <div className="sidebar-body" id="sidebar-body" ref={body}>
        {loading ? (
          <>
            <h2 id="sidebar-title">{place ? <PlaceName place={place} /> : t('sidebar.places')}</h2>
            <p className="hint">{t('app.loadingRecords')}</p>
          </>
        ) : place ? (
          PlaceDetail ? (
            <PlaceDetail
              place={place}
              model={model}
              dateWindow={dateWindow}
              onClose={backToList}
              claimFilter={claimFilter}
              linkedClaimId={linkedClaimId}
              onlyLinkedClaim={onlyLinkedClaim}
            />
          ) : (
            <h2 id="sidebar-title" tabIndex={-1}>
              <PlaceName place={place} />
            </h2>
          )
        ) : (
          <>
            <h2 id="sidebar-title">{t('sidebar.placesCount', { count: places.length })}</h2>
            <p className="hint">{t('sidebar.hint')}</p>
            <PlaceList
              places={places}
              states={states}
              claimCount={(id) => claimsAt(model, id, dateWindow).filter((c) => matchesFilter(c, claimFilter)).length}
              onSelect={openFromList}
            />
          </>
        )}
        {datasetUrl && <Downloads folderUrl={datasetUrl} dataset={model.dataset} />}
      </div>
    </aside>
  );
});

const PULL_PX = 30;

/** The handle opens or closes the sheet with a tap, a click or a key, or when pulled up or down. */
function useSheetGestures(open: boolean, setOpen: (open: boolean) => void) {
  const start = useRef<number | null>(null);
  const pulled = useRef(false);
  return {
    onPointerDown: (event: React.PointerEvent) => {
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      start.current = event.clientY;
      pulled.current = false;
    },
    onPointerUp: (event: React.PointerEvent) => {
      const distance = start.current === null ? 0 : event.clientY - start.current;
      start.current = null;
      if (Math.abs(distance) < PULL_PX) return;
      pulled.current = true;
      setOpen(distance < 0);
    },
    onClick: () => {
      // A pull has already decided; the click that follows it must not undo it.
      if (!pulled.current) setOpen(!open);
      pulled.current = false;
    },
  };
}
