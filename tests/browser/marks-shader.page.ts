/**
 * Runs in the browser for marks-shader.test.ts: the points' real shaders and tables, as
 * marks-program.ts builds them, with every look the vertex shader works out read back by
 * transform feedback rather than drawn.
 */
import type { DayRange } from '../../src/data/dates.ts';
import { createMarksProgram, useMarksProgram } from '../../src/map/marks-program.ts';
import type { MarkTables } from '../../src/map/marks.ts';

/** The tables as they cross from Node to the page (typed arrays arrive as plain arrays). */
export interface PlainTables {
  places: number[];
  events: number[];
  claims: number[];
  longestWalk: number;
}

/** For each window, the look of every place's mark (one mark per place, in the order of `places`). */
export function looksOnGpu(plain: PlainTables, dateWindows: DayRange[]): number[][] {
  const tables: MarkTables = {
    places: Int32Array.from(plain.places),
    events: Int32Array.from(plain.events),
    claims: Int32Array.from(plain.claims),
    longestWalk: plain.longestWalk,
  };
  const count = tables.places.length / 4;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) throw new Error('no WebGL2 in this browser');
  const marks = {
    place: Int32Array.from({ length: count }, (_, position) => position),
    point: new Float32Array(count * 3),
    alone: new Uint8Array(count).fill(1),
  };
  const program = createMarksProgram(gl, tables, marks, ['v_look']);
  useMarksProgram(gl, program);
  gl.uniform1i(program.uniforms.u_halo_pass, 0);

  const output = gl.createBuffer();
  gl.bindBuffer(gl.TRANSFORM_FEEDBACK_BUFFER, output);
  gl.bufferData(gl.TRANSFORM_FEEDBACK_BUFFER, count * 4, gl.STREAM_READ);
  gl.bindBuffer(gl.TRANSFORM_FEEDBACK_BUFFER, null);
  const feedback = gl.createTransformFeedback();
  gl.enable(gl.RASTERIZER_DISCARD);
  const looks = new Int32Array(count);
  const results = dateWindows.map(({ first, last }) => {
    gl.uniform2i(program.uniforms.u_window, first, last);
    gl.bindTransformFeedback(gl.TRANSFORM_FEEDBACK, feedback);
    gl.bindBufferBase(gl.TRANSFORM_FEEDBACK_BUFFER, 0, output);
    gl.beginTransformFeedback(gl.POINTS);
    gl.drawArraysInstanced(gl.POINTS, 0, 1, count);
    gl.endTransformFeedback();
    gl.bindBufferBase(gl.TRANSFORM_FEEDBACK_BUFFER, 0, null);
    gl.bindTransformFeedback(gl.TRANSFORM_FEEDBACK, null);
    gl.bindBuffer(gl.COPY_READ_BUFFER, output);
    gl.getBufferSubData(gl.COPY_READ_BUFFER, 0, looks);
    gl.bindBuffer(gl.COPY_READ_BUFFER, null);
    return Array.from(looks);
  });
  const error = gl.getError();
  if (error !== gl.NO_ERROR) throw new Error(`WebGL error ${error}`);
  return results;
}
