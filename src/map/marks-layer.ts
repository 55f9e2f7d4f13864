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
import type { Place } from '../data/schema.ts';
import type { DayRange } from '../data/dates.ts';
import { CATEGORIES } from '../data/vocabulary.ts';
import { CATEGORY_STYLES, CLAIMS_ONLY_STYLE, OUTLINE_COLOR } from './categories.ts';
import { iconAtlas } from './icons.ts';
import { CLUSTER_OPTIONS, LAYER, POINTS_SOURCE } from './layers.ts';
import { CLAIMS_ONLY, NOTHING, type MarkTables } from './marks.ts';
import fragmentShader from './marks.frag?raw';
import vertexShader from './marks.vert?raw';

/** Rows per texture line: a texture holds its table in lines of this many texels. */
const ROW_WIDTH = 2048;
/** The icon's size in CSS pixels at zoom 8 and above, and at zoom 4 and below (as symbol layers' icon-size). */
const ICON_SIZE = { near: 24, far: 18, nearZoom: 8, farZoom: 4 };

/** The icons in atlas order: the categories, then "claims only" (the shaders' last). */
const ICON_STYLES = [...CATEGORIES.map((c) => CATEGORY_STYLES[c]), CLAIMS_ONLY_STYLE];

/** The shaders' constants, as #defines after their #version line. */
const SHADER_CONSTANTS: Record<string, string> = {
  ROW_WIDTH: `${ROW_WIDTH}`,
  ICONS: `${ICON_STYLES.length}`,
  CLAIMS_ONLY: `${CLAIMS_ONLY}`,
  NOTHING: `${NOTHING}`,
  OUTLINE_COLOR: `vec3(${[1, 3, 5].map((i) => (parseInt(OUTLINE_COLOR.slice(i, i + 2), 16) / 255).toFixed(3))})`,
};
const withConstants = (source: string) =>
  source.replace(/^#version.*\n/, (version) => version + Object.entries(SHADER_CONSTANTS).map(([name, value]) => `#define ${name} ${value}\n`).join(''));

interface GpuState {
  program: WebGLProgram;
  vertexArray: WebGLVertexArrayObject;
  buffers: WebGLBuffer[];
  aloneBuffer: WebGLBuffer;
  textures: WebGLTexture[];
  uniforms: Record<string, WebGLUniformLocation | null>;
}

export class PlaceMarksLayer implements CustomLayerInterface {
  readonly id = LAYER.pointMarks;
  readonly type = 'custom';
  readonly renderingMode = '2d';

  private map: MapLibreMap | null = null;
  private gpu: GpuState | null = null;
  private dateWindow: DayRange = { first: 0, last: -1 };
  private selected = -1;
  /** Per point place (a mark): the place's position in `places`. */
  private readonly markPlace: Int32Array<ArrayBuffer>;
  /** Per mark: its Web Mercator x and y (0 to 1), and 1 when its location is approximate. */
  private readonly markPoint: Float32Array<ArrayBuffer>;
  /** Per mark: 1 when the map draws it on its own (not inside a group). */
  private readonly alone: Uint8Array<ArrayBuffer>;
  private aloneStale = true;

  constructor(
    places: Place[],
    private readonly tables: MarkTables,
    private readonly grouped: boolean,
  ) {
    const marks = places.flatMap(({ geometry, precision }, position) =>
      geometry.type === 'Point' ? [{ position, at: MercatorCoordinate.fromLngLat(geometry.coordinates), approximate: precision === 'approximate' }] : [],
    );
    this.markPlace = Int32Array.from(marks, (m) => m.position);
    this.markPoint = Float32Array.from(marks.flatMap((m) => [m.at.x, m.at.y, m.approximate ? 1 : 0]));
    this.alone = new Uint8Array(marks.length).fill(1);
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
    this.gpu = this.createGpuState(gl);
  }

  onRemove(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    map.off('sourcedata', this.onSourceData);
    map.off('move', this.markAloneStale);
    if (this.gpu) {
      gl.deleteProgram(this.gpu.program);
      gl.deleteVertexArray(this.gpu.vertexArray);
      for (const buffer of this.gpu.buffers) gl.deleteBuffer(buffer);
      for (const texture of this.gpu.textures) gl.deleteTexture(texture);
    }
    this.gpu = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, { defaultProjectionData }: CustomRenderMethodInput): void {
    const gpu = this.gpu;
    if (!gpu || !this.map || this.markPlace.length === 0) return;
    if (this.aloneStale) this.updateAlone(gl, gpu);
    const u = gpu.uniforms;
    gl.useProgram(gpu.program);
    gl.bindVertexArray(gpu.vertexArray);
    gpu.textures.forEach((texture, unit) => {
      gl.activeTexture(gl.TEXTURE0 + unit);
      gl.bindTexture(gl.TEXTURE_2D, texture);
    });
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
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, this.markPlace.length);
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
  private updateAlone(gl: WebGL2RenderingContext, gpu: GpuState): void {
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
      this.markPlace.forEach((position, mark) => (this.alone[mark] = alonePlaces.has(position) ? 1 : 0));
    } else {
      this.alone.fill(1);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, gpu.aloneBuffer);
    gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.alone);
  }

  private createGpuState(gl: WebGL2RenderingContext): GpuState {
    const program = linkProgram(gl, withConstants(vertexShader), withConstants(fragmentShader));
    const uniforms: GpuState['uniforms'] = {};
    for (let i = 0; i < gl.getProgramParameter(program, gl.ACTIVE_UNIFORMS); i++) {
      const { name } = gl.getActiveUniform(program, i)!;
      uniforms[name.replace('[0]', '')] = gl.getUniformLocation(program, name);
    }
    const textures = [
      integerTable(gl, this.tables.places),
      integerTable(gl, this.tables.events),
      integerTable(gl, this.tables.claims),
      iconTexture(gl),
    ];
    gl.useProgram(program);
    ['u_places', 'u_events', 'u_claims', 'u_icons'].forEach((name, unit) => gl.uniform1i(uniforms[name], unit));
    gl.uniform1i(uniforms.u_longest_walk, this.tables.longestWalk);

    const vertexArray = gl.createVertexArray()!;
    gl.bindVertexArray(vertexArray);
    const attribute = (name: string, data: BufferSource, size: number, type: number, perMark: boolean, integer = false) => {
      const location = gl.getAttribLocation(program, name);
      const buffer = gl.createBuffer()!;
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      gl.enableVertexAttribArray(location);
      if (integer) gl.vertexAttribIPointer(location, size, type, 0, 0);
      else gl.vertexAttribPointer(location, size, type, false, 0, 0);
      gl.vertexAttribDivisor(location, perMark ? 1 : 0);
      return buffer;
    };
    const buffers = [
      attribute('a_corner', new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), 2, gl.FLOAT, false),
      attribute('a_point', this.markPoint, 3, gl.FLOAT, true),
      attribute('a_place', this.markPlace, 1, gl.INT, true, true),
      attribute('a_alone', this.alone, 1, gl.UNSIGNED_BYTE, true),
    ];
    gl.bindVertexArray(null);
    return { program, vertexArray, buffers, aloneBuffer: buffers[3], textures, uniforms };
  }
}

function iconSize(zoom: number): number {
  const { near, far, nearZoom, farZoom } = ICON_SIZE;
  const share = Math.min(1, Math.max(0, (zoom - farZoom) / (nearZoom - farZoom)));
  return far + share * (near - far);
}

/** A table of four-integer rows as an RGBA32I texture, ROW_WIDTH rows to a line. */
function integerTable(gl: WebGL2RenderingContext, rows: Int32Array): WebGLTexture {
  const count = Math.max(1, rows.length / 4);
  const width = Math.min(ROW_WIDTH, count);
  const height = Math.ceil(count / ROW_WIDTH);
  const padded = new Int32Array(width * height * 4);
  padded.set(rows);
  const texture = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32I, width, height, 0, gl.RGBA_INTEGER, gl.INT, padded);
  return texture;
}

function iconTexture(gl: WebGL2RenderingContext): WebGLTexture {
  const atlas = iconAtlas(ICON_STYLES);
  const texture = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, atlas);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  return texture;
}

function linkProgram(gl: WebGL2RenderingContext, vertexSource: string, fragmentSource: string): WebGLProgram {
  const program = gl.createProgram()!;
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertexSource],
    [gl.FRAGMENT_SHADER, fragmentSource],
  ] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`place marks shader: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
    // Freed with the program.
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`place marks program: ${gl.getProgramInfoLog(program)}`);
  return program;
}
