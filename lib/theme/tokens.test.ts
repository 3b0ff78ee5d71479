import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "./colour-vision";
import { tokenBlock } from "./css-block";
import { themeCss, token, tokens, type TokenName } from "./tokens";

describe("the colour tokens", () => {
  it("are what app/globals.css declares (run npx tsx scripts/write-theme-css.ts after changing them)", () => {
    expect(tokenBlock(readFileSync("app/globals.css", "utf8"))).toBe(themeCss());
  });

  it("keep text at 4.5:1 or more on paper and canvas, in both themes", () => {
    const text: TokenName[] = ["ink", "ink-strong", "muted", "brand", "accent", "danger", "chart-ink", "chart-muted", "chart-reference", "notice-ink", "badge-kind-ink", "tile-known-ink", "matrix-mark", "good-ink", "warn-ink"];
    for (const mode of ["light", "dark"] as const) {
      for (const ground of ["paper", "canvas"] as const) {
        for (const name of text) {
          const ratio = contrastRatio(token(name)[mode], token(ground)[mode]);
          expect(ratio, `${name} on ${ground} (${mode})`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it("keep text at 4.5:1 or more on the tints it is set on, in both themes", () => {
    const pairs: [TokenName, TokenName][] = [["figure-ink", "figure-soft"], ["warn-ink", "warn-soft"], ["tile-known-ink", "brand-soft"], ["tile-known-ink", "tile-known"], ["badge-kind-ink", "badge-kind"], ["notice-ink", "highlight"], ["muted", "butterfly-body"], ["ink", "butterfly-wing"], ["ink", "butterfly-head"], ["on-brand", "brand"], ["muted", "surface-soft"], ["ink", "warm-soft"], ["ink", "teal-soft"]];
    for (const mode of ["light", "dark"] as const) {
      for (const [text, ground] of pairs) {
        expect(contrastRatio(token(text)[mode], token(ground)[mode]), `${text} on ${ground} (${mode})`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("keep series lines and marks at 3:1 or more against the chart's paper, in both themes", () => {
    for (const t of tokens.filter((t) => t.name.startsWith("series-"))) {
      expect(contrastRatio(t.light, token("paper").light), t.name).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(t.dark, token("paper").dark), `${t.name} dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it("give every repainted chart role its own colour, so one dark rule never catches another role", () => {
    const roles = tokens.filter((t) => t.name.startsWith("chart-") || t.name.startsWith("series-"));
    const byHex = new Map<string, string[]>();
    for (const t of roles) byHex.set(t.light, [...(byHex.get(t.light) ?? []), t.name]);
    const shared = [...byHex.values()].filter((names) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it("repaint the charts only on screen in the dark, so print stays black on white", () => {
    const css = themeCss();
    expect(css).toContain("@media screen and (prefers-color-scheme: dark)");
    expect(css).toMatch(/\.chart__drawing svg text\[fill="#1f2937"\],\n  \.chart__drawing svg path\[fill="#1f2937"\] \{ fill: var\(--chart-ink\); \}/);
    expect(css).toMatch(/\.chart__drawing svg \[stroke="#1d4ed8"\] \{ stroke: var\(--series-1\); \}/);
  });
});
