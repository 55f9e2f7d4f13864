#version 300 es
// A mark's halo (first pass) or icon (second pass); see marks.vert. The constants in capitals
// are #defined by marks-program.ts from categories.ts.
precision highp float;
precision highp int;

uniform bool u_halo_pass;
uniform float u_pixel_ratio;
uniform sampler2D u_icons;

// The selected place's halo: yellow, ringed with the icons' outline colour. An approximate
// place's halo: the legend's grey. Premultiplied alpha, as the layer blends.
const vec4 SELECTED = vec4(SELECTED_COLOR, 1.0) * HALO_OPACITY;
const vec4 APPROXIMATE = vec4(APPROXIMATE_COLOR, 1.0) * HALO_OPACITY;

in vec2 v_corner;
in float v_radius;
flat in int v_look;
flat in int v_selected;
flat in int v_approximate;

out vec4 fragColor;

void main() {
  if (u_halo_pass) {
    float distance = length(v_corner) * v_radius;
    float edge = 1.0 / u_pixel_ratio;
    float inside = 1.0 - smoothstep(v_radius - edge, v_radius, distance);
    float ring = smoothstep(v_radius - SELECTED_RING - edge, v_radius - SELECTED_RING, distance);
    fragColor = (v_selected == 1 ? mix(SELECTED, vec4(OUTLINE_COLOR, 1.0), ring) : APPROXIMATE) * inside;
    return;
  }
  int icon = v_look < 0 ? ICONS - 1 : v_look;
  // Textures start at the image's top row; clip space's y points up.
  vec2 within = vec2(v_corner.x, -v_corner.y) * 0.5 + 0.5;
  fragColor = texture(u_icons, vec2((float(icon) + within.x) / float(ICONS), within.y));
}
