#version 300 es
// Each point place's mark: where it goes, and what it shows in the window (see marks-layer.ts).
// The constants in capitals are #defined by marks-program.ts, from marks.ts and categories.ts.
precision highp float;
precision highp int;
precision highp isampler2D;

uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_icon_size;
uniform ivec2 u_window;
uniform int u_longest_walk;
uniform int u_selected;
uniform bool u_halo_pass;
uniform isampler2D u_places;
uniform isampler2D u_events;
uniform isampler2D u_claims;

in vec2 a_corner;
in vec3 a_point;
in int a_place;
in float a_alone;

out vec2 v_corner;
out float v_radius;
flat out int v_look;
flat out int v_selected;
flat out int v_approximate;

ivec4 row(isampler2D table, int index) {
  return texelFetch(table, ivec2(index % ROW_WIDTH, index / ROW_WIDTH), 0);
}

int upperBound(isampler2D table, int from, int to, int target) {
  int low = from;
  int high = to;
  for (int i = 0; i < 32 && low < high; i++) {
    int mid = (low + high) / 2;
    if (row(table, mid).x <= target) low = mid + 1; else high = mid;
  }
  return low;
}

// What the place shows in the window: the category of its latest event there (SpanIndex.latest
// of src/data/span-index.ts), else CLAIMS_ONLY if a claim is there (SpanIndex.any), else NOTHING.
// tests/browser/marks-shader.test.ts holds it to placeState's answers in many windows.
int look(int place) {
  ivec4 rows = row(u_places, place);
  int index = upperBound(u_events, rows.x, rows.y, u_window.y) - 1;
  for (int step = 0; step < u_longest_walk && index >= rows.x; step++) {
    ivec4 event = row(u_events, index);
    if (event.y >= u_window.x) return event.z;
    index = event.w;
  }
  int end = upperBound(u_claims, rows.z, rows.w, u_window.y);
  return end > rows.z && row(u_claims, end - 1).y >= u_window.x ? CLAIMS_ONLY : NOTHING;
}

void main() {
  v_look = a_alone > 0.5 ? look(a_place) : NOTHING;
  v_selected = a_place == u_selected ? 1 : 0;
  v_approximate = a_point.z > 0.5 ? 1 : 0;
  // Halos: the selected place's (ring included), else an approximate location's, else none.
  float radius = u_halo_pass ? (v_selected == 1 ? SELECTED_RADIUS : v_approximate == 1 ? APPROXIMATE_RADIUS : 0.0) : u_icon_size / 2.0;
  if (v_look == NOTHING || radius == 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec4 center = u_matrix * vec4(a_point.xy, 0.0, 1.0);
  v_corner = a_corner;
  v_radius = radius;
  gl_Position = center + vec4(a_corner * radius * u_pixel_ratio * 2.0 / u_viewport * center.w, 0.0, 0.0);
}
