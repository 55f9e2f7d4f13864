/**
 * The map: a thin component that wires the reader's state to MapLibre. Sources are built once;
 * the date window, the selection and hover reach the layers as feature-state only.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { LngLatBounds, setWorkerUrl, type ControlPosition, type GeoJSONSource, type Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Fragment, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, {
  AttributionControl,
  Layer,
  NavigationControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { Place } from '../data/schema.ts';
import type { MapView } from '../state/url-state.ts';
import { isActive, type DayWindow, type StateList, type WindowStates } from '../data/selectors.ts';
import type { Store } from '../state/store.ts';
import { offlineBasemapStyle } from './basemap.ts';
import { addCategoryIcons } from './icons.ts';
import {
  CLUSTER_OPTIONS,
  INTERACTIVE_LAYER_IDS,
  LAYER,
  PLACE_LAYERS,
  POINTS_SOURCE,
  SHAPES_SOURCE,
  sourceOf,
} from './layers.ts';
import { LookSender, stateTarget } from './looks.ts';
import { pickPlaceId } from './pick.ts';

// After a bundler build MapLibre cannot find its worker by itself (GUIDE §5).
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

const LOAD_TIMEOUT_MS = 30_000;

/** Afghanistan and Pakistan, the view a reader first sees. */
export const REGION_BOUNDS: [number, number, number, number] = [60.8, 24.2, 75.5, 37.2];

/** The date window, and the places' states in any window (see statesFollower). */
export interface LiveStates {
  windowStore: Store<DayWindow>;
  statesAt: (window: DayWindow) => WindowStates;
}

export interface BorderMapProps {
  places: Place[];
  /** Null while the events load: the places are drawn, but none as active yet. */
  live: LiveStates | null;
  selectedId: string | null;
  /** Bumped when the sidebar selects a place, so that the map brings it into view. */
  focusRequest: number;
  onSelect: (placeId: string | null) => void;
  /** A remote base map from the configuration; the offline one takes over if it fails. */
  remoteStyleUrl: string | null;
  /** The view to open on; without one the map fits the region (or follows the URL's #zoom/lat/lon). */
  initialView: MapView | null;
  /** Keep the view in the page's #zoom/lat/lon. Off in embeds, whose fragment belongs to the host. */
  keepViewInHash: boolean;
  onViewChange: (view: MapView) => void;
  /** Group dense points at low zoom (large datasets; see isGrouped in layers.ts). */
  groupPoints: boolean;
  /** Called at the first idle with the places on the map. */
  onPlacesDrawn?: () => void;
}

/**
 * The states reach MapLibre as feature-state, sent by this component as the window changes,
 * without a render: a slider step renders none of react-map-gl's components.
 */
export default memo(function BorderMap({ live, ...viewProps }: BorderMapProps) {
  const [map, setMap] = useState<StyledMap | null>(null);
  const liveNow = useRef(live);
  useEffect(() => {
    liveNow.current = live;
  }, [live]);
  const isActiveNow = useCallback((placeId: string) => isActive(statesNow(liveNow.current)?.get(placeId)), []);
  useSendLooks(map, viewProps.places, live, viewProps.selectedId);
  return <MapView {...viewProps} isActiveNow={isActiveNow} onStyleReady={setMap} />;
});

const statesNow = (live: LiveStates | null): StateList | null => (live ? live.statesAt(live.windowStore.get()).states : null);

/**
 * A loaded map with the places' sources, and whether they group points: a new object each time
 * the sources are made anew (a new style, or grouping switched on or off), as new sources forget
 * every feature-state.
 */
interface StyledMap {
  map: MapLibreMap;
  grouped: boolean;
}

/**
 * Sends MapLibre the looks that changed (see LookSender): all of them when anything but the
 * window changes, and on each change of the window, straight from the slider's event, only the
 * places whose state changed.
 */
function useSendLooks(styled: StyledMap | null, places: Place[], live: LiveStates | null, selectedId: string | null) {
  const [sender, setSender] = useState<LookSender | null>(null);
  useEffect(() => {
    if (!styled) return;
    const made = new LookSender(styled.map, styled.grouped);
    setSender(made);
    return () => made.dispose();
  }, [styled]);
  useEffect(() => {
    // In the commit that replaces the sender, this runs once more with the old one.
    if (!sender || sender.disposed || !styled || !live) return;
    const { states } = live.statesAt(live.windowStore.get());
    sender.send({ places, states, selectedId }, null);
    // Only now is the map "idle" in the sense a reader means: the places are drawn (see markIdleState).
    // A full send draws once more even if it sent nothing, so that an 'idle' follows the mark.
    styled.map.getContainer().dataset.placesDrawn = 'true';
    styled.map.triggerRepaint();
    let last = states;
    return live.windowStore.subscribe(() => {
      const { states } = live.statesAt(live.windowStore.get());
      if (states === last) return;
      sender.send({ places, states, selectedId }, states.changedSince(last));
      last = states;
    });
  }, [sender, styled, places, live, selectedId]);
}

interface MapViewProps extends Omit<BorderMapProps, 'live'> {
  isActiveNow: (placeId: string) => boolean;
  onStyleReady: (map: StyledMap) => void;
}

const MapView = memo(function MapView(props: MapViewProps) {
  const { places, selectedId, focusRequest, onSelect, remoteStyleUrl, initialView, keepViewInHash, onViewChange, groupPoints } = props;
  const { isActiveNow, onStyleReady, onPlacesDrawn } = props;
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  // On a phone the bottom of the map is under the sidebar's sheet: credit the sources at the top.
  const [attributionCorner] = useState<ControlPosition>(() => (matchMedia('(max-width: 700px)').matches ? 'top-right' : 'bottom-right'));
  // Failures MapLibre reports as events (no WebGL, a map that never loads) are rethrown while
  // rendering, so that the error boundary around the map shows what happened.
  const [failure, setFailure] = useState<Error | null>(null);
  if (failure) throw failure;
  useEffect(() => {
    if (loaded) return;
    const timer = setTimeout(() => setFailure(new Error('the map did not finish loading')), LOAD_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [loaded]);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [remoteFailed, setRemoteFailed] = useState(false);
  const mapStyle = useMemo<StyleSpecification | string>(
    () => (remoteStyleUrl && !remoteFailed ? remoteStyleUrl : offlineBasemapStyle()),
    [remoteStyleUrl, remoteFailed],
  );
  const shapesData = useMemo(() => placeFeatures(places, SHAPES_SOURCE), [places]);
  const pointsData = useMemo(() => placeFeatures(places, POINTS_SOURCE), [places]);
  const placeById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const positionOf = useMemo(() => new Map(places.map((p, position) => [p.id, position])), [places]);

  // The places' sources exist from the render after the style has loaded and the places have
  // arrived. They are made anew when points start or stop being grouped (a source option).
  const [styleEpoch, setStyleEpoch] = useState(0);
  const hasPlaces = places.length > 0;
  const placesDrawn = useRef(onPlacesDrawn);
  useEffect(() => {
    placesDrawn.current = onPlacesDrawn;
  }, [onPlacesDrawn]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map?.getSource(SHAPES_SOURCE) || !map.getSource(POINTS_SOURCE)) return;
    onStyleReady({ map, grouped: groupPoints });
    // The places may have been drawn already, before this effect: draw once more to be told.
    map.once('idle', () => placesDrawn.current?.());
    map.triggerRepaint();
  }, [loaded, styleEpoch, hasPlaces, groupPoints, onStyleReady]);

  // Only a new request from the sidebar (or a link to a place) moves the map, not a click on the map.
  const handledFocus = useRef(0);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const place = selectedId ? placeById.get(selectedId) : undefined;
    // A link's place can only be found once the places have arrived.
    if (!loaded || !map || places.length === 0 || focusRequest === handledFocus.current) return;
    handledFocus.current = focusRequest;
    if (place) bringIntoView(map, place);
  }, [loaded, focusRequest, selectedId, placeById, places.length]);

  const pick = (event: MapLayerMouseEvent) => pickPlaceId(event.features ?? [], isActiveNow);

  const setHoverState = (id: string | null) => {
    const map = mapRef.current?.getMap();
    const hovered = (placeId: string) => stateTarget(placeById.get(placeId)!, positionOf.get(placeId)!);
    if (hover && map) map.setFeatureState(hovered(hover.id), { hover: false });
    if (id && map) map.setFeatureState(hovered(id), { hover: true });
  };

  return (
    <div className="map" data-loaded={loaded}>
      <MapGL
        ref={mapRef}
        mapStyle={mapStyle}
        initialViewState={
          initialView
            ? { longitude: initialView.lon, latitude: initialView.lat, zoom: initialView.zoom }
            : { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: 8 } }
        }
        hash={keepViewInHash}
        onMoveEnd={(event) => {
          const { lng, lat } = event.target.getCenter();
          onViewChange({ zoom: event.target.getZoom(), lat, lon: lng });
        }}
        minZoom={2}
        maxZoom={13}
        dragRotate={false}
        pitchWithRotate={false}
        attributionControl={false}
        interactiveLayerIds={INTERACTIVE_LAYER_IDS}
        cursor={hover ? 'pointer' : 'grab'}
        onLoad={(event) => {
          markIdleState(event.target);
          event.target.on('style.load', () => setStyleEpoch((n) => n + 1));
          setLoaded(true);
        }}
        onError={(event) => {
          // react-map-gl reports a map that could not be created (no WebGL) with no target.
          if (!event.target) setFailure(event.error instanceof Error ? event.error : new Error('WebGL is not available'));
          // A remote style that cannot be fetched leaves no map: fall back to the offline one.
          else if (remoteStyleUrl && !remoteFailed && !event.target.isStyleLoaded()) setRemoteFailed(true);
        }}
        onStyleData={(event) => addCategoryIcons(event.target)}
        onClick={(event) => {
          const group = event.features?.find((f) => f.layer.id === LAYER.cluster);
          if (group) zoomIntoGroup(event.target, Number(group.properties.cluster_id), event.lngLat);
          else onSelect(pick(event));
        }}
        onMouseMove={(event) => {
          const id = pick(event);
          if (id !== hover?.id) setHoverState(id);
          setHover(id ? { id, x: event.point.x, y: event.point.y } : null);
        }}
        onMouseLeave={() => {
          setHoverState(null);
          setHover(null);
        }}
      >
        {hasPlaces && (
          <Fragment key={groupPoints ? 'grouped' : 'single'}>
            <Source id={SHAPES_SOURCE} type="geojson" data={shapesData} />
            <Source id={POINTS_SOURCE} type="geojson" data={pointsData} cluster={groupPoints} {...CLUSTER_OPTIONS} />
            {PLACE_LAYERS.map((layer) => (
              <Layer key={layer.id} {...(layer as Extract<typeof layer, { source: string }>)} />
            ))}
          </Fragment>
        )}
        <NavigationControl showCompass={false} position="top-right" />
        <AttributionControl
          compact
          position={attributionCorner}
          customAttribution="Waziristan and Khyber outlines approximate"
        />
      </MapGL>
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} role="presentation">
          {placeById.get(hover.id)?.name}
        </div>
      )}
    </div>
  );
});

/**
 * `data-idle` on the map's container says that MapLibre has finished drawing, places included:
 * tests and benchmarks wait on it. MapLibre's first idle can come before the places' states.
 */
function markIdleState(map: MapLibreMap) {
  const container = map.getContainer();
  map.on('idle', () => {
    if (container.dataset.placesDrawn === 'true') container.dataset.idle = 'true';
  });
  map.on('movestart', () => (container.dataset.idle = 'false'));
}

/** The places drawn by one source, each with its position in `places` as its feature id. */
function placeFeatures(places: Place[], source: string): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.flatMap((p, position) =>
      sourceOf(p.geometry.type) === source
        ? [{ type: 'Feature', id: position, geometry: p.geometry, properties: { id: p.id, name: p.name, kind: p.kind, approximate: p.precision === 'approximate' } }]
        : [],
    ),
  };
}

async function zoomIntoGroup(map: MapLibreMap, clusterId: number, around: { lng: number; lat: number }) {
  const source = map.getSource<GeoJSONSource>(POINTS_SOURCE);
  const zoom = source ? await source.getClusterExpansionZoom(clusterId) : map.getZoom() + 2;
  map.easeTo({ center: around, zoom, duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 500 });
}

/** MapLibre's own bounds, walked over any geometry's positions (turf stays out of the reader's download). */
function boundsOf(geometry: Place['geometry']): LngLatBounds {
  const bounds = new LngLatBounds();
  const visit = (coordinates: unknown): void => {
    if (typeof (coordinates as number[])[0] === 'number') bounds.extend(coordinates as [number, number]);
    else (coordinates as unknown[]).forEach(visit);
  };
  visit(geometry.coordinates);
  return bounds;
}

function bringIntoView(map: MapLibreMap, place: Place) {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [west, south, east, north] = boundsOf(place.geometry).toArray().flat();
  const size = Math.max(east - west, north - south);
  // A point or a small area gets a sensible zoom rather than the maximum.
  const pad = size < 0.5 ? 0.6 : 0.05 * size;
  map.fitBounds(
    [
      [west - pad, south - pad],
      [east + pad, north + pad],
    ],
    { padding: 24, maxZoom: 9, duration: reduceMotion ? 0 : 800 },
  );
}

