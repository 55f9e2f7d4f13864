/**
 * The map: a thin component that wires the reader's state to MapLibre, declared as react-map-gl
 * components: the places' two sources and their layers, the points' GPU layer among them, follow
 * the places and come back by themselves with a new style (the offline base map taking over, or a
 * lost WebGL context restored). The date window and the selection reach the points' layer as two
 * numbers and a position, and the areas and lines (hover too) as feature-state, with no render.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import {
  AttributionControl,
  LngLatBounds,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type Map as MapLibreMap,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { Layer, Source, useMap, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { DayRange } from '../data/dates.ts';
import type { Model } from '../data/model.ts';
import type { Place } from '../data/schema.ts';
import { isActive, placeState } from '../data/selectors.ts';
import { currentLanguage, nameOf, t } from '../i18n/i18n.tsx';
import { isRightToLeft } from '../i18n/languages.ts';
import type { Store } from '../state/store.ts';
import type { MapView } from '../state/url-state.ts';
import { BASEMAP_BOUNDS, offlineBasemapStyle } from './basemap.ts';
import { CLUSTER_OPTIONS, INTERACTIVE_LAYER_IDS, LAYER, layersOf, POINTS_SOURCE, SHAPES_SOURCE, sourceOf } from './layers.ts';
import { ShapeLooks, stateTarget } from './looks.ts';
import { PlaceMarksLayer } from './marks-layer.ts';
import { markTables, type MarkTables } from './marks.ts';
import { pickPlaceId } from './pick.ts';

// After a bundler build MapLibre cannot find its worker by itself (GUIDE §5).
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

const LOAD_TIMEOUT_MS = 30_000;

/** Afghanistan and Pakistan, the view a reader first sees. */
export const REGION_BOUNDS: [number, number, number, number] = [60.8, 24.2, 75.5, 37.2];

const SHAPE_LAYERS = layersOf(SHAPES_SOURCE);
const POINT_LAYERS = layersOf(POINTS_SOURCE);

export interface BorderMapProps {
  /** The records: while the events load, the places alone. */
  model: Model;
  /** The date window, which the map follows as it moves; null while the events load (the places are drawn, none as active yet). */
  windowStore: Store<DayRange> | null;
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
  /** What may cover part of the map (a phone's sheet): the selected place is kept clear of it. */
  coveredBy?: () => Element | null;
}

export default memo(function BorderMap(props: BorderMapProps) {
  const {
    model,
    windowStore,
    selectedId,
    focusRequest,
    onSelect,
    remoteStyleUrl,
    initialView,
    keepViewInHash,
    onViewChange,
    groupPoints,
    onPlacesDrawn,
    coveredBy,
  } = props;
  const { places, placeById, placePosition } = model;
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  // The controls sit at the end of the line (right in English, left in right-to-left), across from the legend.
  const end = isRightToLeft(currentLanguage()) ? 'left' : 'right';
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

  // One points' layer for the map's life, given new places as they come (see PlaceMarksLayer).
  const tables = useMemo(() => markTables(model), [model]);
  const [marks] = useState(() => new PlaceMarksLayer(places, tables, groupPoints));

  // Only a new request from the sidebar (or a link to a place) moves the map, not a click on the map.
  const handledFocus = useRef(0);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const place = selectedId ? placeById.get(selectedId) : undefined;
    // A link's place can only be found once the places have arrived.
    if (!loaded || !map || places.length === 0 || focusRequest === handledFocus.current) return;
    handledFocus.current = focusRequest;
    if (place) bringIntoView(map, place, coveredInsets(map, coveredBy?.()));
  }, [loaded, focusRequest, selectedId, placeById, places.length, coveredBy]);

  // The selected place stays in sight when what covers the map's edge changes (a phone's sheet
  // opens with the place, or is pulled up): the map moves so the place is in the part left clear.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const place = selectedId ? placeById.get(selectedId) : undefined;
    const cover = coveredBy?.();
    if (!loaded || !map || !place || !cover) return;
    const observer = new ResizeObserver(() => {
      // A move under way (bringIntoView) already allows for the cover.
      if (!map.isMoving()) keepInSight(map, boundsOf(place.geometry).getCenter(), coveredInsets(map, cover));
    });
    observer.observe(cover);
    return () => observer.disconnect();
  }, [loaded, selectedId, placeById, coveredBy]);

  const isActiveNow = (placeId: string) => !!windowStore && isActive(placeState(model, placeId, windowStore.get()));
  const pick = (event: MapLayerMouseEvent) => pickPlaceId(event.features ?? [], isActiveNow);

  // Only areas and lines read hover (points are drawn by the GPU layer).
  const setHoverState = (id: string | null) => {
    const map = mapRef.current?.getMap();
    const setHover = (placeId: string, hover: boolean) => {
      const place = placeById.get(placeId)!;
      if (map && sourceOf(place.geometry.type) === SHAPES_SOURCE)
        map.setFeatureState(stateTarget(place, placePosition.get(placeId)!), { hover });
    };
    if (hover) setHover(hover.id, false);
    if (id) setHover(id, true);
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
        // A new style is loaded afresh, never diffed against the old one, which would first remove
        // the places' sources and layers (they are in neither style); the <Source>s add them again.
        styleDiffing={false}
        onMoveEnd={(event) => {
          const { lng, lat } = event.target.getCenter();
          onViewChange({ zoom: event.target.getZoom(), lat, lon: lng });
        }}
        // MapLibre's own controls, in the page's language (the map is created anew when it changes).
        locale={{
          'Map.Title': t('map.title'),
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
        }}
        minZoom={2}
        maxZoom={13}
        // The offline base map holds nothing beyond its extent.
        maxBounds={BASEMAP_BOUNDS}
        dragRotate={false}
        pitchWithRotate={false}
        attributionControl={false}
        interactiveLayerIds={INTERACTIVE_LAYER_IDS}
        cursor={hover ? 'pointer' : 'grab'}
        onLoad={(event) => {
          event.target.addControl(new NavigationControl({ showCompass: false }), `top-${end}`);
          event.target.addControl(new AttributionControl({ compact: true, customAttribution: t('map.attribution') }), `bottom-${end}`);
          // On a phone the credits start folded to their button, as MapLibre folds them at the first
          // drag: open, they would cover the foot of a small map (the legend names the approximate outlines).
          if (matchMedia('(max-width: 700px)').matches) foldCredits(event.target);
          markIdleState(event.target);
          setLoaded(true);
        }}
        onError={(event) => {
          // react-map-gl reports a map that could not be created (no WebGL) with no target.
          if (!event.target) setFailure(event.error instanceof Error ? event.error : new Error(t('app.noWebgl')));
          // A remote style that cannot be fetched leaves no map: fall back to the offline one.
          else if (remoteStyleUrl && !remoteFailed && !event.target.isStyleLoaded()) setRemoteFailed(true);
        }}
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
        <PlaceSources places={places} grouped={groupPoints} marks={marks} onPlacesDrawn={onPlacesDrawn} />
        <FollowWindow model={model} tables={tables} grouped={groupPoints} marks={marks} windowStore={windowStore} selectedId={selectedId} />
      </MapGL>
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} role="presentation">
          {placeById.has(hover.id) && nameOf(placeById.get(hover.id)!)}
        </div>
      )}
    </div>
  );
});

interface PlaceSourcesProps {
  places: Place[];
  grouped: boolean;
  marks: PlaceMarksLayer;
  onPlacesDrawn?: () => void;
}

/**
 * The places' two sources and their layers, in the order they are drawn. A <Source> adds itself
 * once a style has loaded (not at the map's 'load', which waits for the base map's tiles: the
 * places' tiles are made meanwhile) and again to any style that replaces it, and draws its
 * children only while it exists.
 */
const PlaceSources = memo(function PlaceSources({ places, grouped, marks, onPlacesDrawn }: PlaceSourcesProps) {
  const map = useMap().current!.getMap();
  const shapes = useMemo(() => placeFeatures(places, SHAPES_SOURCE), [places]);
  const points = useMemo(() => placeFeatures(places, POINTS_SOURCE), [places]);
  // A <Source> only sets new data on a source it has made: grouping switched on or off is told to the source itself.
  useEffect(() => {
    const source = map.getSource<GeoJSONSource>(POINTS_SOURCE);
    if (source && source.getClusterOptions().cluster !== grouped) void source.setClusterOptions({ cluster: grouped });
  }, [map, grouped]);
  return (
    <>
      <Source id={SHAPES_SOURCE} type="geojson" data={shapes}>
        {SHAPE_LAYERS.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
      </Source>
      <Source id={POINTS_SOURCE} type="geojson" data={points} cluster={grouped} {...CLUSTER_OPTIONS}>
        {POINT_LAYERS.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        {/* Under the names and the groups; MapLibre does not keep a custom layer in a restored style, and this adds it again. */}
        <MarksLayer marks={marks} />
        <PlacesDrawn onPlacesDrawn={onPlacesDrawn} />
      </Source>
    </>
  );
});

/** The points' GPU layer, under the names (a <Source> gives its children its id: a custom layer takes none). */
function MarksLayer({ marks }: { marks: PlaceMarksLayer }) {
  return <Layer {...marks.layerProps} beforeId={LAYER.pointLabel} />;
}

/** Calls onPlacesDrawn at the first idle once the places' sources exist (this lives inside one). */
function PlacesDrawn({ onPlacesDrawn }: { onPlacesDrawn?: () => void }) {
  const map = useMap().current!.getMap();
  useEffect(() => {
    if (!onPlacesDrawn) return;
    map.once('idle', onPlacesDrawn);
    return () => void map.off('idle', onPlacesDrawn);
  }, [map, onPlacesDrawn]);
  return null;
}

interface FollowWindowProps {
  model: Model;
  tables: MarkTables;
  grouped: boolean;
  marks: PlaceMarksLayer;
  windowStore: Store<DayRange> | null;
  selectedId: string | null;
}

/**
 * Shows the places as they are in the window, straight from the slider's event (a slider step
 * renders no component): the points' layer is given the window, and the areas and lines whose look
 * changed are sent as feature-state.
 */
const FollowWindow = memo(function FollowWindow({ model, tables, grouped, marks, windowStore, selectedId }: FollowWindowProps) {
  const map = useMap().current!.getMap();
  useEffect(() => marks.setPlaces(model.places, tables, grouped), [marks, model, tables, grouped]);
  const selected = useRef(selectedId);
  const showNow = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!windowStore) return;
    const shapes = new ShapeLooks(map, model);
    const show = () => {
      const dateWindow = windowStore.get();
      marks.show(dateWindow, selected.current === null ? -1 : (model.placePosition.get(selected.current) ?? -1));
      shapes.show(dateWindow, selected.current);
    };
    // A new style brings the areas and lines a new source, with no feature-state (see ShapeLooks).
    const showShapes = () => shapes.show(windowStore.get(), selected.current);
    showNow.current = show;
    show();
    // Only now is the map "idle" in the sense a reader means: the places are drawn (see markIdleState).
    map.getContainer().dataset.placesDrawn = 'true';
    const unsubscribe = windowStore.subscribe(show);
    map.on('styledata', showShapes);
    return () => {
      showNow.current = null;
      unsubscribe();
      map.off('styledata', showShapes);
    };
  }, [map, model, marks, windowStore]);
  useEffect(() => {
    selected.current = selectedId;
    showNow.current?.();
  }, [selectedId]);
  return null;
});

function foldCredits(map: MapLibreMap) {
  map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
}

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
        ? [
            {
              type: 'Feature',
              id: position,
              geometry: p.geometry,
              properties: { id: p.id, name: nameOf(p), kind: p.kind, approximate: p.precision === 'approximate' },
            },
          ]
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

interface Insets {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const NO_INSETS: Insets = { top: 0, bottom: 0, left: 0, right: 0 };

/** How much of the map's edges `cover` hides: a sheet across its bottom, or a panel along a side. */
function coveredInsets(map: MapLibreMap, cover: Element | null | undefined): Insets {
  if (!cover) return NO_INSETS;
  const m = map.getContainer().getBoundingClientRect();
  const c = cover.getBoundingClientRect();
  const across = Math.min(m.right, c.right) - Math.max(m.left, c.left);
  const down = Math.min(m.bottom, c.bottom) - Math.max(m.top, c.top);
  if (across <= 0 || down <= 0) return NO_INSETS;
  if (across >= 0.8 * m.width) return { ...NO_INSETS, bottom: Math.max(0, m.bottom - c.top) };
  return c.left > m.left + m.width / 2 ? { ...NO_INSETS, right: m.right - c.left } : { ...NO_INSETS, left: c.right - m.left };
}

const IN_SIGHT_MARGIN = 32;

/** Moves the map, at the same zoom, so that `at` is in the middle of the part `insets` leave clear, unless it is in that part already. */
function keepInSight(map: MapLibreMap, at: { lng: number; lat: number }, insets: Insets) {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const p = map.project(at);
  const m = IN_SIGHT_MARGIN;
  // A map squeezed for a moment (a frame being laid out) has no clear part: moving it then would
  // leave the place at an edge once the map has its size again.
  if (width - insets.left - insets.right < 4 * m || height - insets.top - insets.bottom < 4 * m) return;
  const clear = p.x >= insets.left + m && p.x <= width - insets.right - m && p.y >= insets.top + m && p.y <= height - insets.bottom - m;
  if (clear) return;
  // The point now at p goes to the clear part's middle, which is the canvas's middle shifted by half the insets.
  const target = map.unproject([p.x - (insets.left - insets.right) / 2, p.y - (insets.top - insets.bottom) / 2]);
  map.easeTo({ center: target, duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 400 });
}

function bringIntoView(map: MapLibreMap, place: Place, insets: Insets) {
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
    {
      // MapLibre's padding for this move only (not kept by the map, so the URL's centre stays the canvas's).
      padding: { top: 24 + insets.top, bottom: 24 + insets.bottom, left: 24 + insets.left, right: 24 + insets.right },
      maxZoom: 9,
      duration: reduceMotion ? 0 : 800,
    },
  );
}
