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
 */
import { MercatorCoordinate, type CustomLayerInterface, type CustomRenderMethodInput, type GeoJSONSource, type Map as MapLibreMap, type MapSourceDataEvent } from 'maplibre-gl';
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
  private readonly marks: MarkAttributes;
  private aloneStale = true;

  constructor(
    places: Place[],
    private readonly tables: MarkTables,
    private readonly grouped: boolean,
  ) {
    const marks = places.flatMap(({ geometry, precision }, position) =>
      geometry.type === 'Point' ? [{ position, at: MercatorCoordinate.fromLngLat(geometry.coordinates), approximate: precision === 'approximate' }] : [],
    );
    this.marks = {
      place: Int32Array.from(marks, (m) => m.position),
      point: Float32Array.from(marks.flatMap((m) => [m.at.x, m.at.y, m.approximate ? 1 : 0])),
      alone: new Uint8Array(marks.length).fill(1),
    };
  }

  /** Shows the places as they are in `dateWindow`, and the selected place's halo (-1: none), from the next frame. */
  show(dateWindow: DayRange, selectedPosition: number): void {
    this.dateWindow = dateWindow;
    this.selected = selectedPosition;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    map.on('sourcedata', this.onSourceData);
    map.on('move', this.markAloneStale);
    this.gpu = createMarksProgram(gl, this.tables, this.marks);
  }

  onRemove(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    map.off('sourcedata', this.onSourceData);
    map.off('move', this.markAloneStale);
    if (this.gpu) deleteMarksProgram(gl, this.gpu);
    this.gpu = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, { defaultProjectionData }: CustomRenderMethodInput): void {
    const gpu = this.gpu;
    const count = this.marks.place.length;
    if (!gpu || !this.map || count === 0) return;
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

function iconSize(zoom: number): number {
  const { near, far, nearZoom, farZoom } = ICON_SIZE;
  const share = Math.min(1, Math.max(0, (zoom - farZoom) / (nearZoom - farZoom)));
  return far + share * (near - far);
}
