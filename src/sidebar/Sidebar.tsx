import { useState } from 'react';
import type { Model } from '../data/model.ts';
import { activePlaces, claimsAt, type DayWindow, type PlaceState } from '../data/selectors.ts';
import { Downloads } from './Downloads.tsx';
import { PlaceDetail } from './PlaceDetail.tsx';
import { PlaceList } from './PlaceList.tsx';

interface SidebarProps {
  model: Model;
  window: DayWindow;
  states: Map<string, PlaceState>;
  selectedId: string | null;
  onSelect: (id: string | null, fromList?: boolean) => void;
}

/**
 * The claims sidebar, a labelled region. On a phone it is a bottom sheet the reader pulls up
 * or lowers; it opens by itself when a place is selected.
 */
export function Sidebar({ model, window, states, selectedId, onSelect }: SidebarProps) {
  const [sheetOpen, setSheetOpen] = useState(selectedId !== null);
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (selectedId !== lastSelected) {
    setLastSelected(selectedId);
    if (selectedId) setSheetOpen(true);
  }
  const place = selectedId ? model.placeById.get(selectedId) : undefined;
  const places = activePlaces(model, states);

  return (
    <aside className="sidebar" aria-labelledby="sidebar-title" data-sheet={sheetOpen ? 'open' : 'closed'}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={sheetOpen}
        aria-controls="sidebar-body"
        onClick={() => setSheetOpen(!sheetOpen)}
      >
        {sheetOpen ? 'Hide the list' : place ? `Show claims about ${place.name}` : `Show places and claims (${places.length})`}
      </button>
      <div className="sidebar-body" id="sidebar-body">
        {place ? (
          <PlaceDetail place={place} model={model} window={window} onClose={() => onSelect(null)} />
        ) : (
          <>
            <h2 id="sidebar-title">Places ({places.length})</h2>
            <p className="hint">Choose a place on the map or in this list to read who claims what about it.</p>
            <PlaceList
              places={places}
              states={states}
              claimCount={(id) => claimsAt(model, id, window).length}
              onSelect={(id) => onSelect(id, true)}
            />
          </>
        )}
        <Downloads />
      </div>
    </aside>
  );
}
