/**
 * The places drawn as points, as one MapLibre custom layer that works out each point's look on
 * the GPU from the date window (the tables of marks.ts), as deck.gl's DataFilterExtension does.
 * A slider step sets two numbers and asks for a frame: no feature-state, no point re-evaluated on
 * the CPU. Each point shows its category's icon, and a halo when it is approximate or selected.
 *
 * Points inside a group (grouped sources at low zoom) are left to the group layers: which points
 * the map draws on their own is read from the tiles it draws, again as tiles arrive and as the map
 * moves (a tile kept from earlier can come back into view without arriving anew).
 * Clicks are found by the invisible hit layer of layers.ts, not here.
 *
 * One layer serves a map for its whole life: new places (another dataset) are given to it with
 * setPlaces, and its GPU state is made at the next frame, in whatever WebGL context the map then has
 * (a style that replaces another, or one restored after a lost context, adds the layer anew).
 */
import {
  MercatorCoordinate,
  type CustomLayerInterface,
  type CustomRenderMethodInput,
  type GeoJSONSource,
  type Map as MapLibreMap,
  type MapSourceDataEvent,
} from 'maplibre-gl';
import type { DayRange } from '../data/dates.ts';
import type { Place } from '../data/schema.ts';
import { CLUSTER_OPTIONS, LAYER, POINTS_SOURCE } from './layers.ts';
import type { MarkTables } from './marks.ts';
import { createMarksProgram, deleteMarksProgram, useMarksProgram, type MarkAttributes, type MarksProgram } from './marks-program.ts';

/** The icon's size in CSS pixels at zoom 8 and above, and at zoom 4 and below (as symbol layers' icon-size). */
const ICON_SIZE = { near: 24, far: 18, nearZoom: 8, farZoom: 4 };

export class PlaceMarksLayer implements CustomLayerInterface {
  readonly id = LAYER.pointMarks;
  readonly type = 'custom';
  readonly renderingMode = '2d';

  private map: MapLibreMap | null = null;
  private gpu: MarksProgram | null = null;
  private dateWindow: DayRange = { first: 0, last: -1 };
  private selected = -1;
  /** Per point place (a mark): where it is and whether the map draws it on its own. */
  private marks: MarkAttributes;
  private places: Place[];
  private tables: MarkTables;
  private grouped: boolean;
  private aloneStale = true;
  /** The places changed since the GPU state was made. */
  private gpuStale = false;

  /**
   * The layer as react-map-gl's <Layer> takes it: <Layer> copies its props into an object of its
   * own, which MapLibre then calls, so the hooks are functions bound to this layer.
   */
  readonly layerProps: CustomLayerInterface = {
    id: this.id,
    type: this.type,
    renderingMode: this.renderingMode,
    onAdd: (map, gl) => this.onAdd(map, gl as WebGL2RenderingContext),
    onRemove: (map, gl) => this.onRemove(map, gl as WebGL2RenderingContext),
    render: (gl, options) => this.render(gl as WebGL2RenderingContext, options),
  };

  constructor(places: Place[], tables: MarkTables, grouped: boolean) {
    this.places = places;
    this.tables = tables;
    this.grouped = grouped;
    this.marks = marksOf(places);
  }

  /** Draws these places from the next frame (nothing is done when nothing changed). */
  setPlaces(places: Place[], tables: MarkTables, grouped: boolean): void {
    if (places === this.places && tables === this.tables && grouped === this.grouped) return;
    if (places !== this.places) this.marks = marksOf(places);
    this.places = places;
    this.tables = tables;
    this.grouped = grouped;
    this.gpuStale = true;
    this.aloneStale = true;
    this.map?.triggerRepaint();
  }

  /** Shows the places as they are in `dateWindow`, and the selected place's halo (-1: none), from the next frame. */
  show(dateWindow: DayRange, selectedPosition: number): void {
    this.dateWindow = dateWindow;
    this.selected = selectedPosition;
    this.map?.triggerRepaint();
  }

  /** Called again, without onRemove, when a new style replaces the one the layer was in. */
  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.stopListening();
    this.map = map;
    map.on('sourcedata', this.onSourceData);
    map.on('move', this.markAloneStale);
    map.on('webglcontextlost', this.forgetGpu);
    // Made anew at the next frame: a replaced style's state may be there still, in the same context.
    this.deleteGpu(gl);
    this.aloneStale = true;
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.stopListening();
    this.deleteGpu(gl);
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, { defaultProjectionData }: CustomRenderMethodInput): void {
    const count = this.marks.place.length;
    if (!this.map || count === 0) return;
    if (this.gpuStale) this.deleteGpu(gl);
    this.gpu ??= createMarksProgram(gl, this.tables, this.marks);
    const gpu = this.gpu;
    if (this.aloneStale) this.updateAlone(gl, gpu);
    const u = gpu.uniforms;
    useMarksProgram(gl, gpu);
    gl.uniformMatrix4fv(u.u_matrix, false, Float32Array.from(defaultProjectionData.mainMatrix));
    gl.uniform2f(u.u_viewport, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(u.u_pixel_ratio, this.map.getPixelRatio());
    gl.uniform1f(u.u_icon_size, iconSize(this.map.getZoom()));
    gl.uniform2i(u.u_window, this.dateWindow.first, this.dateWindow.last);
    gl.uniform1i(u.u_selected, this.selected);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    for (const halo of [true, false]) {
      gl.uniform1i(u.u_halo_pass, halo ? 1 : 0);
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
    }
    gl.bindVertexArray(null);
  }

  private stopListening(): void {
    this.map?.off('sourcedata', this.onSourceData);
    this.map?.off('move', this.markAloneStale);
    this.map?.off('webglcontextlost', this.forgetGpu);
  }

  private deleteGpu(gl: WebGL2RenderingContext): void {
    if (this.gpu) deleteMarksProgram(gl, this.gpu);
    this.gpu = null;
    this.gpuStale = false;
  }

  /** A lost context took the GPU state along: nothing is left to delete. */
  private readonly forgetGpu = (): void => {
    this.gpu = null;
  };

  private readonly onSourceData = (event: MapSourceDataEvent): void => {
    if (event.sourceId === POINTS_SOURCE && event.tile) this.markAloneStale();
  };

  private readonly markAloneStale = (): void => {
    if (this.grouped) this.aloneStale = true;
  };

  /** Which points the map draws on their own: all of them unless grouped at this zoom. */
  private updateAlone(gl: WebGL2RenderingContext, gpu: MarksProgram): void {
    this.aloneStale = false;
    const map = this.map!;
    const groupsShown = this.grouped && map.getZoom() < CLUSTER_OPTIONS.clusterMaxZoom + 1 && !!map.getSource<GeoJSONSource>(POINTS_SOURCE);
    if (groupsShown) {
      const alonePlaces = new Set(
        map
          .querySourceFeatures(POINTS_SOURCE)
          .filter((feature) => !feature.properties?.point_count)
          .map((feature) => Number(feature.id)),
      );
      this.marks.place.forEach((position, mark) => (this.marks.alone[mark] = alonePlaces.has(position) ? 1 : 0));
    } else {
      this.marks.alone.fill(1);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, gpu.aloneBuffer);
    gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.marks.alone);
  }
}

/** The places drawn as points, with where each is and whether it is drawn on its own (all, at first). */
function marksOf(places: Place[]): MarkAttributes {
  const marks = places.flatMap(({ geometry, precision }, position) =>
    geometry.type === 'Point'
      ? [{ position, at: MercatorCoordinate.fromLngLat(geometry.coordinates), approximate: precision === 'approximate' }]
      : [],
  );
  return {
    place: Int32Array.from(marks, (m) => m.position),
    point: Float32Array.from(marks.flatMap((m) => [m.at.x, m.at.y, m.approximate ? 1 : 0])),
    alone: new Uint8Array(marks.length).fill(1),
  };
}

function iconSize(zoom: number): number {
  const { near, far, nearZoom, farZoom } = ICON_SIZE;
  const share = Math.min(1, Math.max(0, (zoom - farZoom) / (nearZoom - farZoom)));
  return far + share * (near - far);
}
