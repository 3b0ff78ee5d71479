// The site's colours, light and dark, in one table: app/globals.css declares them as custom properties
// (its block between the "tokens" markers is written from themeCss() below, and tokens.test.ts fails when
// the two differ), and the charts draw with the light values (lib/charts/theme.ts takes them from here).
// Server-rendered chart SVGs carry their colours as attributes, so in a dark theme CSS rules keyed on those
// attribute values repaint each chart role with its token: a chart's paper, text, axes and grid, and the
// series colours, which get lighter twins that keep their contrast on the dark paper.

export type Token = { name: string; light: string; dark: string; note?: string };

export const tokens = [
  { name: "ink", light: "#1f2937", dark: "#e5e7eb" },
  { name: "ink-strong", light: "#111827", dark: "#f9fafb" },
  { name: "muted", light: "#5f6673", dark: "#a3acb9", note: "4.5:1 or more on every tint it sits on (#e8e2f8 the lightest of them), not only on white" },
  { name: "line", light: "#e5e7eb", dark: "#334155" },
  { name: "field-border", light: "#cbd5e1", dark: "#526075" },
  { name: "paper", light: "#ffffff", dark: "#182130" },
  { name: "canvas", light: "#f6f7f9", dark: "#0e141f" },
  { name: "surface-soft", light: "#f8fafc", dark: "#131b28" },
  { name: "tile", light: "#f3f4f6", dark: "#253041" },
  { name: "tile-known", light: "#dbe7f7", dark: "#22355e" },
  { name: "tile-known-ink", light: "#1e3a8a", dark: "#c7d7fb" },
  { name: "brand", light: "#1d4ed8", dark: "#8fb0ff" },
  { name: "on-brand", light: "#ffffff", dark: "#0b1220" },
  { name: "brand-soft", light: "#e8eefc", dark: "#1e2b4d" },
  { name: "pill-checked", light: "#eff4ff", dark: "#1e2b4d" },
  { name: "badge-kind", light: "#eef2ff", dark: "#262a55" },
  { name: "badge-kind-ink", light: "#3730a3", dark: "#c7cbff" },
  { name: "highlight", light: "#fff7ed", dark: "#3a2812" },
  { name: "notice-line", light: "#fed7aa", dark: "#7c4a1e" },
  { name: "notice-ink", light: "#7c2d12", dark: "#fed7aa" },
  { name: "matrix-group", light: "#eef2f7", dark: "#1e293b" },
  { name: "matrix-yes", light: "#f0fdfa", dark: "#0f2a28" },
  { name: "matrix-mark", light: "#0f766e", dark: "#5eead4" },
  { name: "good-ink", light: "#166534", dark: "#86efac" },
  { name: "warn-ink", light: "#9a3412", dark: "#fdba74" },
  { name: "warn-soft", light: "#ffedd5", dark: "#3b2413" },
  { name: "warm-soft", light: "#fffaf5", dark: "#241c15" },
  { name: "teal-soft", light: "#f6fbfa", dark: "#11241f" },
  { name: "figure-ink", light: "#7a4b0f", dark: "#fcd9a8" },
  { name: "figure-soft", light: "#fdf3e3", dark: "#3a2a14" },
  // The butterfly diagram's parts (/frameworks): pale fills in light, dim ones in dark, so text on them reads.
  { name: "butterfly-head", light: "#fde7c7", dark: "#3b2a12" },
  { name: "butterfly-head-line", light: "#f3c27a", dark: "#8a6a2e" },
  { name: "butterfly-body", light: "#e8e2f8", dark: "#2a2546" },
  { name: "butterfly-body-line", light: "#b9a8ec", dark: "#6b5fb0" },
  { name: "butterfly-wing", light: "#dbe7fb", dark: "#1f2d4a" },
  { name: "butterfly-wing-line", light: "#9bb8ee", dark: "#4d6aa8" },
  { name: "butterfly-wing-low", light: "#e6eefc", dark: "#1c2840" },
  { name: "accent", light: "#c2410c", dark: "#fb923c" },
  { name: "danger", light: "#b91c1c", dark: "#fca5a5" },
  { name: "danger-soft", light: "#fef2f2", dark: "#3a1a1d" },
  { name: "shadow", light: "rgba(15, 23, 42, 0.08)", dark: "rgba(0, 0, 0, 0.45)" },
  // Chart roles: the colours charts draw with (lib/charts/theme.ts).
  { name: "chart-ink", light: "#1f2937", dark: "#e5e7eb" },
  { name: "chart-muted", light: "#6b7280", dark: "#a3acb9" },
  { name: "chart-grid", light: "#e5e7eb", dark: "#334155" },
  { name: "chart-axis", light: "#d1d5db", dark: "#526075" },
  { name: "chart-reference", light: "#4b5563", dark: "#cbd5e1" },
  { name: "series-1", light: "#1d4ed8", dark: "#8fb0ff" },
  { name: "series-2", light: "#0f766e", dark: "#2dd4bf" },
  { name: "series-3", light: "#b45309", dark: "#fbbf24" },
  { name: "series-4", light: "#be185d", dark: "#f472b6" },
  { name: "series-5", light: "#1e3a8a", dark: "#c7d2fe" },
  { name: "series-6", light: "#57534e", dark: "#d6d3d1" },
] as const satisfies readonly Token[];

export type TokenName = (typeof tokens)[number]["name"];

const byName = new Map<string, Token>(tokens.map((t) => [t.name, t]));

export function token(name: TokenName): Token {
  return byName.get(name)!;
}

/** The light value of a token: what a chart draws with. */
export function light(name: TokenName): string {
  return token(name).light;
}

/**
 * Chart roles repainted in the dark theme, keyed on the attribute value ECharts writes. A chart's paper is its
 * first rect and hollow marks (open bounds drawn white); text in the ink and muted colours is repainted, text
 * in other colours (white on a dark bar, stage labels on their pale band, figures in a pale heat-map cell)
 * keeps its own, so builders write text that sits on a pale data colour in a colour that is not a chart role.
 */
const chartRules: { selector: (hex: string) => string; property: "fill" | "stroke"; token: TokenName; hex?: string }[] = [
  // Label backgrounds (a translucent white box behind a figure) come out as rgb(255,255,255) with an opacity.
  { selector: (hex) => `svg > rect:first-child[fill="${hex}"], svg path[fill="${hex}"], svg path[fill="rgb(255,255,255)"]`, property: "fill", token: "paper" },
  // Ink marks too (a ranking's dot): drawn in the chart's text colour, they follow it.
  { selector: (hex) => `svg text[fill="${hex}"], svg path[fill="${hex}"]`, property: "fill", token: "chart-ink" },
  { selector: (hex) => `svg text[fill="${hex}"]`, property: "fill", token: "chart-muted" },
  { selector: (hex) => `svg text[fill="${hex}"]`, property: "fill", token: "chart-reference" },
  { selector: (hex) => `svg [stroke="${hex}"]`, property: "stroke", token: "chart-grid" },
  { selector: (hex) => `svg [stroke="${hex}"]`, property: "stroke", token: "chart-axis" },
  { selector: (hex) => `svg [stroke="${hex}"]`, property: "stroke", token: "chart-muted" },
  { selector: (hex) => `svg [stroke="${hex}"]`, property: "stroke", token: "chart-reference" },
  ...(["series-1", "series-2", "series-3", "series-4", "series-5", "series-6"] as const).flatMap((name) => [
    { selector: (hex: string) => `svg path[fill="${hex}"]`, property: "fill" as const, token: name },
    { selector: (hex: string) => `svg [stroke="${hex}"]`, property: "stroke" as const, token: name },
  ]),
];

/** The block app/globals.css holds between its "tokens" markers. */
export function themeCss(): string {
  const declare = (mode: "light" | "dark") => tokens.map((t) => `  --${t.name}: ${t[mode]};`).join("\n");
  const rules = chartRules
    .map((rule) => {
      const hex = token(rule.token).light;
      // The paper rule targets white, not the page's paper token.
      const attribute = rule.token === "paper" ? "#ffffff" : hex;
      const selectors = rule.selector(attribute).split(", ").map((s) => `  .chart__drawing ${s}`).join(",\n");
      return `${selectors} { ${rule.property}: var(--${rule.token}); }`;
    })
    .join("\n");
  return [
    "/* tokens:begin (written from lib/theme/tokens.ts: npx tsx scripts/write-theme-css.ts) */",
    ":root {",
    "  color-scheme: light dark;",
    declare("light"),
    "}",
    "@media screen and (prefers-color-scheme: dark) {",
    ":root {",
    declare("dark"),
    "}",
    rules,
    "}",
    "/* tokens:end */",
  ].join("\n");
}
