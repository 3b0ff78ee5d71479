// Tooltips for server-drawn charts, loaded by chart-downloads.ts the first time a reader points at, taps or
// focuses a chart that has figures. ECharts drew each mark with ecmeta_series_index / ecmeta_data_index
// attributes (render-svg, `ssr: true`); the chart's data block maps those to lines of text (value, unit, year,
// qualifier, source). The same reading as echarts/ssr/client's hydrate(), which is not used: it listens for
// pointer events only, and this also serves keyboard focus (arrow keys step through the marks) and taps.
// Bundled by scripts/bundle.ts into public/scripts/chart-tooltip.js.
import { chartData, tipHandoffKey, visibleSvg, type ChartTip, type TipHandoff } from "./chart-data";

type Open = { drawing: HTMLElement; tip: ChartTip; pinned: boolean };
let open: Open | null = null;
const focusIndex = new WeakMap<Element, number>();

function tipFor(figure: Element, mark: Element): ChartTip | undefined {
  const series = Number(mark.getAttribute("ecmeta_series_index"));
  const index = Number(mark.getAttribute("ecmeta_data_index"));
  return chartData(figure)?.tips.find((t) => t.at[0] === series && t.at[1] === index);
}

function markOf(target: Element): Element | null {
  const mark = target.closest("[ecmeta_series_index][ecmeta_data_index]");
  return mark?.getAttribute("ecmeta_ssr_type") === "chart" ? mark : null;
}

function tooltipElement(drawing: HTMLElement): HTMLElement {
  const panel = drawing.parentElement!;
  let box = panel.querySelector<HTMLElement>(":scope > .chart__tooltip");
  if (!box) {
    box = document.createElement("div");
    box.className = "chart__tooltip";
    box.setAttribute("role", "status");
    box.dataset.testid = "chart-tooltip";
    panel.append(box);
  }
  return box;
}

function show(drawing: HTMLElement, tip: ChartTip, pinned: boolean) {
  const figure = drawing.closest("[data-chart]");
  const svg = figure && visibleSvg(figure);
  const mark = svg?.querySelector(`[ecmeta_ssr_type="chart"][ecmeta_series_index="${tip.at[0]}"][ecmeta_data_index="${tip.at[1]}"]`);
  const box = tooltipElement(drawing);
  box.replaceChildren(...tip.lines.map((line, i) => Object.assign(document.createElement(i === 0 ? "strong" : "span"), { textContent: line })));
  box.hidden = false;
  // Above the mark, centred on it, kept inside the panel.
  const panel = drawing.parentElement!.getBoundingClientRect();
  const at = (mark ?? drawing).getBoundingClientRect();
  const left = Math.min(Math.max(0, at.left + at.width / 2 - panel.left - box.offsetWidth / 2), panel.width - box.offsetWidth);
  const above = at.top - panel.top - box.offsetHeight - 8;
  box.style.left = `${Math.max(0, left)}px`;
  box.style.top = `${above >= 0 ? above : at.bottom - panel.top + 8}px`;
  open = { drawing, tip, pinned };
}

function hide() {
  if (!open) return;
  const box = open.drawing.parentElement?.querySelector<HTMLElement>(":scope > .chart__tooltip");
  if (box) box.hidden = true;
  open = null;
}

/** Shows the tip of the mark under `target`; true if there was one. */
function showAt(target: Element, pinned: boolean): boolean {
  const drawing = target.closest<HTMLElement>("[data-chart-tips]");
  const mark = markOf(target);
  const figure = drawing?.closest("[data-chart]");
  const tip = figure && mark && tipFor(figure, mark);
  if (!drawing || !tip) return false;
  show(drawing, tip, pinned);
  return true;
}

function step(drawing: HTMLElement, by: number) {
  const tips = chartData(drawing.closest("[data-chart]")!)?.tips ?? [];
  if (tips.length === 0) return;
  const at = ((focusIndex.get(drawing) ?? -by) + by + tips.length) % tips.length;
  focusIndex.set(drawing, at);
  show(drawing, tips[at]!, true);
}

document.addEventListener("pointerover", (event) => {
  if (event.pointerType === "touch" || !(event.target instanceof Element)) return;
  if (!showAt(event.target, false) && open && !open.pinned) hide();
});
document.addEventListener("click", (event) => {
  if (!(event.target instanceof Element)) return;
  if (!showAt(event.target, true) && !event.target.closest(".chart__tooltip")) hide();
});
document.addEventListener("focusin", (event) => {
  const drawing = event.target instanceof HTMLElement && event.target.matches("[data-chart-tips]") ? event.target : null;
  if (drawing) step(drawing, 0);
});
document.addEventListener("focusout", (event) => {
  if (event.target instanceof HTMLElement && event.target.matches("[data-chart-tips]")) hide();
});
document.addEventListener("keydown", (event) => {
  const drawing = event.target instanceof HTMLElement && event.target.matches("[data-chart-tips]") ? event.target : null;
  if (!drawing) return;
  const by = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (by !== undefined) {
    event.preventDefault();
    step(drawing, by);
  } else if (event.key === "Escape") hide();
});

// The event that loaded this script has passed: serve it now.
const handoff = (window as unknown as Record<string, TipHandoff | undefined>)[tipHandoffKey];
const pending = handoff?.pending;
if (pending) {
  if (pending instanceof HTMLElement && pending.matches("[data-chart-tips]") && document.activeElement === pending) step(pending, 0);
  else showAt(pending, false);
}
