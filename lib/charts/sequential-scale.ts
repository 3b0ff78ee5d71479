// Colours for values binned on a sequential scale (the province tiles): light to dark blue, each with a
// text colour that keeps a contrast of at least 4.5:1 on it, and a hatched grey for "no figure".

const steps = [
  { fill: "#deebf7", text: "#1f2937" },
  { fill: "#9ecae1", text: "#1f2937" },
  { fill: "#6baed6", text: "#111827" },
  { fill: "#2171b5", text: "#ffffff" },
  { fill: "#08306b", text: "#ffffff" },
] as const;

export type BinColour = { fill: string; text: string };

/** `count` colours spread over the scale, light to dark, so three bins still run from pale to deep. */
export function sequentialColours(count: number): BinColour[] {
  if (count <= 0) return [];
  if (count === 1) return [steps[2]];
  const last = steps.length - 1;
  return Array.from({ length: Math.min(count, steps.length) }, (_, i) => steps[Math.round((i * last) / (Math.min(count, steps.length) - 1))]!);
}

/** Tiles without a figure: grey with diagonal hatching, told apart from the palest bin without colour. */
export const noDataFill = "repeating-linear-gradient(135deg, #f3f4f6 0 5px, #d1d5db 5px 7px)";
export const noDataText = "#4b5563";
