/**
 * Procedural sample artwork (pure code, no assets): product shots, a video poster, a map tile and an
 * animated promo badge. Shapes use signed distances with a 1-pixel smoothstep for anti-aliasing.
 */

type RGB = [number, number, number];

export function hsl(h: number, s: number, l: number): RGB {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

const mix = (a: RGB, b: RGB, t: number): RGB => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const clamp01 = (v: number) => Math.max(0, Math.min(1, v));
/** Coverage of a shape from its signed distance (negative inside), 1px soft edge. */
const cover = (d: number) => clamp01(0.5 - d);

function roundedBox(
  px: number,
  py: number,
  cx: number,
  cy: number,
  hw: number,
  hh: number,
  r: number,
): number {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function render(width: number, height: number, shade: (x: number, y: number) => RGB): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  let i = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = shade(x + 0.5, y + 0.5);
      out[i++] = r;
      out[i++] = g;
      out[i++] = b;
    }
  }
  return out;
}

/** A shopping bag on a soft studio gradient; `variant` changes the hue. */
export function productShot(width: number, height: number, variant: number): Uint8Array {
  const hue = (variant * 57 + 12) % 360;
  const bgA = hsl(hue, 0.55, 0.86);
  const bgB = hsl((hue + 40) % 360, 0.6, 0.7);
  const bag = hsl((hue + 190) % 360, 0.55, 0.5);
  const bagDark = hsl((hue + 190) % 360, 0.6, 0.36);
  const label = hsl(hue, 0.7, 0.95);
  const cx = width / 2;
  const cy = height * 0.55;
  const bw = height * 0.26;
  const bh = height * 0.27;
  return render(width, height, (x, y) => {
    const t = clamp01((x / width) * 0.6 + (y / height) * 0.4);
    let c = mix(bgA, bgB, t);
    const glow = Math.exp(-(((x - cx) / (width * 0.35)) ** 2 + ((y - cy) / (height * 0.45)) ** 2));
    c = mix(c, [255, 255, 255], glow * 0.35);
    const shadow = Math.exp(-(((x - cx) / (bw * 1.3)) ** 2 + ((y - (cy + bh + 6)) / (bh * 0.12)) ** 2));
    c = mix(c, [30, 30, 40], shadow * 0.35);
    for (const hx of [cx - bw * 0.4, cx + bw * 0.4]) {
      const handle = Math.abs(Math.hypot(x - hx, y - (cy - bh)) - bw * 0.25) - bw * 0.035;
      if (y < cy - bh + 4) c = mix(c, bagDark, cover(handle));
    }
    const body = roundedBox(x, y, cx, cy, bw, bh, 10);
    const side = clamp01((x - (cx - bw)) / (2 * bw));
    const band = y < cy - bh + bh * 0.14 ? 0.35 : 0;
    c = mix(c, mix(bag, bagDark, side * 0.55 + band), cover(body));
    const tag = Math.hypot(x - cx, y - cy) - bw * 0.32;
    c = mix(c, label, cover(tag) * 0.95);
    const dot = Math.hypot(x - cx, y - cy) - bw * 0.12;
    c = mix(c, bag, cover(dot));
    return c;
  });
}

/** Dark cinematic gradient with bokeh and a centred play button. */
export function videoPoster(width: number, height: number): Uint8Array {
  const a: RGB = [18, 24, 56];
  const b: RGB = [88, 28, 110];
  const bokeh = Array.from({ length: 9 }, (_, i) => ({
    x: ((i * 97) % 100) / 100,
    y: ((i * 61 + 17) % 100) / 100,
    r: 0.04 + ((i * 13) % 7) / 100,
  }));
  const cx = width / 2;
  const cy = height / 2;
  const r = height * 0.14;
  return render(width, height, (x, y) => {
    let c = mix(a, b, clamp01((x / width) * 0.7 + (y / height) * 0.3));
    for (const k of bokeh) {
      const d = Math.hypot(x - k.x * width, y - k.y * height) - k.r * width;
      c = mix(c, [255, 200, 150], clamp01(-d / 12) * 0.12);
    }
    const vignette = Math.hypot((x - cx) / width, (y - cy) / height);
    c = mix(c, [0, 0, 0], clamp01(vignette * 1.2 - 0.2));
    const circle = Math.hypot(x - cx, y - cy) - r;
    c = mix(c, [255, 255, 255], cover(circle) * 0.92);
    // Play triangle (pointing right), dark on the white circle.
    const tx = x - (cx - r * 0.3);
    const ty = Math.abs(y - cy);
    const tri = Math.max(-tx, tx * 0.5 + ty * 0.866 - r * 0.45);
    c = mix(c, [40, 30, 80], cover(tri));
    return c;
  });
}

/** A generic street-map tile with a park, a river, roads and a red pin. */
export function mapTile(size: number): Uint8Array {
  const land: RGB = [238, 233, 223];
  const park: RGB = [197, 228, 186];
  const water: RGB = [170, 211, 238];
  const road: RGB = [255, 255, 255];
  const edge: RGB = [210, 204, 192];
  const pin: RGB = [225, 57, 64];
  return render(size, size, (x, y) => {
    let c = land;
    c = mix(c, park, cover(roundedBox(x, y, size * 0.22, size * 0.25, size * 0.16, size * 0.13, 18)));
    const riverY = size * 0.78 + Math.sin(x / 28) * 10;
    c = mix(c, water, cover(Math.abs(y - riverY) - 12));
    const roads = [
      Math.abs(y - size * 0.5) - 5,
      Math.abs(x - size * 0.55) - 5,
      Math.abs(x + y * 0.6 - size * 0.9) / 1.166 - 3,
      Math.abs(y - size * 0.15) - 3,
    ];
    for (const d of roads) {
      c = mix(c, edge, cover(d - 1.2));
      c = mix(c, road, cover(d));
    }
    const px = size / 2;
    const py = size * 0.42;
    const head = Math.hypot(x - px, y - py) - 14;
    const tail = Math.max(Math.abs(x - px) * 1.1 + (y - py) * 0.45 - 11, py - y + 4, y - (py + 26));
    c = mix(c, [0, 0, 0], clamp01(-(Math.hypot(x - px - 2, y - py - 30) - 8) / 8) * 0.25);
    c = mix(c, pin, cover(Math.min(head, tail)));
    c = mix(c, [255, 255, 255], cover(Math.hypot(x - px, y - py) - 5));
    return c;
  });
}

/** Palette (256) + frames (palette indices) for a pulsing "sale" badge on a gradient. */
export function promoBadgeFrames(
  width: number,
  height: number,
  frameCount: number,
): { palette: RGB[]; frames: Uint8Array[] } {
  const from = hsl(330, 0.75, 0.62);
  const to = hsl(25, 0.9, 0.6);
  const palette: RGB[] = [];
  for (let i = 0; i < 240; i++) palette.push(mix(from, to, i / 239).map(Math.round) as RGB);
  for (let i = 0; i < 16; i++) palette.push(mix(to, [255, 255, 255], 0.5 + i / 30).map(Math.round) as RGB);
  palette[255] = [255, 255, 255];
  const frames: Uint8Array[] = [];
  for (let f = 0; f < frameCount; f++) {
    const pulse = 1 + 0.12 * Math.sin((f / frameCount) * Math.PI * 2);
    const frame = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const t = clamp01((x / width) * 0.8 + (y / height) * 0.2);
        let idx = Math.round(t * 239);
        const d = Math.hypot(x - width / 2, y - height / 2);
        const r = height * 0.3 * pulse;
        if (d < r) idx = 255;
        else if (d < r + 6) idx = 240 + Math.min(15, Math.floor(((d - r) / 6) * 16));
        const star = Math.abs(Math.hypot(x - width * 0.18, y - height * 0.3) - 8 * pulse) < 2;
        if (star) idx = 255;
        frame[y * width + x] = idx;
      }
    }
    frames.push(frame);
  }
  return { palette, frames };
}
