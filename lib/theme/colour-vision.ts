// How colours look to readers with the common colour-vision deficiencies and in greyscale print, and how far
// apart two colours are: used by colour-vision.test.ts to check the chart palettes.
// Simulation: Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
// vision deficiency", IEEE TVCG 15(6), doi:10.1109/TVCG.2009.113: the severity-1.0 matrices (protanopia,
// deuteranopia, tritanopia), applied to linear RGB.

export type Vision = "normal" | "protanopia" | "deuteranopia" | "tritanopia" | "greyscale";
type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const machado = new Map<Vision, Matrix>([
  ["protanopia", [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]],
  ["deuteranopia", [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]]],
  ["tritanopia", [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]]],
]);

export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** The colour in linear RGB as a reader with this vision sees it. */
function simulateLinear(hex: string, vision: Vision): Rgb {
  const linear = hexToRgb(hex).map(toLinear) as Rgb;
  if (vision === "greyscale") {
    const y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    return [y, y, y];
  }
  const matrix = machado.get(vision);
  if (!matrix) return linear;
  return matrix.map((row) => clamp(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])) as Rgb;
}

/** CIE L*a*b* (D65) of a linear-RGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Lightness L* (0 black … 100 white) of a colour as a reader with this vision sees it. */
export function lightness(hex: string, vision: Vision = "normal"): number {
  return lab(simulateLinear(hex, vision))[0];
}

/** CIE76 colour difference ΔE*ab between two colours as a reader with this vision sees them (about 2.3 is
 * just noticeable; 10 or more reads as clearly different side by side). */
export function difference(a: string, b: string, vision: Vision = "normal"): number {
  const [l1, a1, b1] = lab(simulateLinear(a, vision));
  const [l2, a2, b2] = lab(simulateLinear(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

export const visions: Vision[] = ["normal", "protanopia", "deuteranopia", "tritanopia", "greyscale"];

/** The closest pair of a palette under a vision: the weakest distinction a reader has to make. */
export function closestPair(palette: readonly string[], vision: Vision): { a: string; b: string; delta: number } {
  let best = { a: "", b: "", delta: Infinity };
  palette.forEach((a, i) => {
    for (const b of palette.slice(i + 1)) {
      const delta = difference(a, b, vision);
      if (delta < best.delta) best = { a, b, delta };
    }
  });
  return best;
}

/** WCAG 2 contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = hexToRgb(hex);
    return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(bl);
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
