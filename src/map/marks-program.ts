/**
 * The points' WebGL program (marks.vert, marks.frag) and what it reads: the tables of marks.ts as
 * integer textures, the icons, and one instance per mark. The MapLibre layer (marks-layer.ts) draws
 * with it; a browser test (tests/browser/marks-shader.test.ts) reads back the looks it works out.
 */
import { CATEGORIES } from '../data/vocabulary.ts';
import { CATEGORY_STYLES, CLAIMS_ONLY_STYLE, HALO, OUTLINE_COLOR, rgbOf } from './categories.ts';
import { iconAtlas } from './icons.ts';
import { CLAIMS_ONLY, NOTHING, type MarkTables } from './marks.ts';
import fragmentShader from './marks.frag?raw';
import vertexShader from './marks.vert?raw';

/** Rows per texture line: a texture holds its table in lines of this many texels. */
const ROW_WIDTH = 2048;

/** The icons in atlas order: the categories, then "claims only" (the shaders' last). */
const ICON_STYLES = [...CATEGORIES.map((c) => CATEGORY_STYLES[c]), CLAIMS_ONLY_STYLE];

/** The shaders' constants, as #defines after their #version line: the tables' codes and categories.ts's colours and halos. */
const SHADER_CONSTANTS: Record<string, string> = {
  ROW_WIDTH: `${ROW_WIDTH}`,
  ICONS: `${ICON_STYLES.length}`,
  CLAIMS_ONLY: `${CLAIMS_ONLY}`,
  NOTHING: `${NOTHING}`,
  OUTLINE_COLOR: glslColor(OUTLINE_COLOR),
  SELECTED_COLOR: glslColor(HALO.selected.color),
  APPROXIMATE_COLOR: glslColor(HALO.approximate.color),
  HALO_OPACITY: glslFloat(HALO.opacity),
  SELECTED_RADIUS: glslFloat(HALO.selected.radius),
  SELECTED_RING: glslFloat(HALO.selected.ring),
  APPROXIMATE_RADIUS: glslFloat(HALO.approximate.radius),
};
const withConstants = (source: string) =>
  source.replace(
    /^#version.*\n/,
    (version) =>
      version +
      Object.entries(SHADER_CONSTANTS)
        .map(([name, value]) => `#define ${name} ${value}\n`)
        .join(''),
  );

/** The shaders as the GPU compiles them. */
export const SHADERS = { vertex: withConstants(vertexShader), fragment: withConstants(fragmentShader) };

/** A float literal: GLSL ES reads `19` as an int, which a float expression does not accept. */
function glslFloat(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : `${value}`;
}

function glslColor(hex: string): string {
  return `vec3(${rgbOf(hex)
    .map((c) => glslFloat(+c.toFixed(3)))
    .join(', ')})`;
}

/** Per mark (a place drawn as a point), as the vertex shader's per-instance attributes. */
export interface MarkAttributes {
  /** The place's position in `places`. */
  place: Int32Array<ArrayBuffer>;
  /** Its Web Mercator x and y (0 to 1), and 1 when its location is approximate. */
  point: Float32Array<ArrayBuffer>;
  /** 1 when the map draws it on its own (not inside a group): updated in place, see aloneBuffer. */
  alone: Uint8Array<ArrayBuffer>;
}

export interface MarksProgram {
  program: WebGLProgram;
  vertexArray: WebGLVertexArrayObject;
  buffers: WebGLBuffer[];
  aloneBuffer: WebGLBuffer;
  textures: WebGLTexture[];
  uniforms: Record<string, WebGLUniformLocation | null>;
}

/**
 * Compiles the shaders and uploads the tables and the marks. `capturedVaryings` are the vertex
 * shader's outputs to read back by transform feedback (the tests' way to see the looks).
 */
export function createMarksProgram(
  gl: WebGL2RenderingContext,
  tables: MarkTables,
  marks: MarkAttributes,
  capturedVaryings: string[] = [],
): MarksProgram {
  const program = linkProgram(gl, SHADERS.vertex, SHADERS.fragment, capturedVaryings);
  const uniforms: MarksProgram['uniforms'] = {};
  for (let i = 0; i < gl.getProgramParameter(program, gl.ACTIVE_UNIFORMS); i++) {
    const { name } = gl.getActiveUniform(program, i)!;
    uniforms[name.replace('[0]', '')] = gl.getUniformLocation(program, name);
  }
  const textures = [integerTable(gl, tables.places), integerTable(gl, tables.events), integerTable(gl, tables.claims), iconTexture(gl)];
  gl.useProgram(program);
  ['u_places', 'u_events', 'u_claims', 'u_icons'].forEach((name, unit) => gl.uniform1i(uniforms[name], unit));
  gl.uniform1i(uniforms.u_longest_walk, tables.longestWalk);

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
    attribute('a_point', marks.point, 3, gl.FLOAT, true),
    attribute('a_place', marks.place, 1, gl.INT, true, true),
    attribute('a_alone', marks.alone, 1, gl.UNSIGNED_BYTE, true),
  ];
  gl.bindVertexArray(null);
  return { program, vertexArray, buffers, aloneBuffer: buffers[3], textures, uniforms };
}

/** Makes the program current with its marks and textures, ready for uniforms and a draw. */
export function useMarksProgram(gl: WebGL2RenderingContext, marks: MarksProgram): void {
  gl.useProgram(marks.program);
  gl.bindVertexArray(marks.vertexArray);
  marks.textures.forEach((texture, unit) => {
    gl.activeTexture(gl.TEXTURE0 + unit);
    gl.bindTexture(gl.TEXTURE_2D, texture);
  });
}

export function deleteMarksProgram(gl: WebGL2RenderingContext, marks: MarksProgram): void {
  gl.deleteProgram(marks.program);
  gl.deleteVertexArray(marks.vertexArray);
  for (const buffer of marks.buffers) gl.deleteBuffer(buffer);
  for (const texture of marks.textures) gl.deleteTexture(texture);
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

function linkProgram(gl: WebGL2RenderingContext, vertexSource: string, fragmentSource: string, capturedVaryings: string[]): WebGLProgram {
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
  if (capturedVaryings.length > 0) gl.transformFeedbackVaryings(program, capturedVaryings, gl.SEPARATE_ATTRIBS);
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`place marks program: ${gl.getProgramInfoLog(program)}`);
  return program;
}
