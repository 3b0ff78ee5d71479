// Everything a server-rendered chart does in the browser, without a framework (components/charts/server-chart.tsx):
// the Chart | Table tabs, "download data" and "save image" with the chart's title, units and sources drawn in,
// "cite this chart" with a copy button, and loading the tooltip script (chart-tooltip.ts) the first time a
// reader points at or focuses a chart. Delegated listeners serve every chart on the page.
// Bundled on its own by scripts/bundle.ts into public/scripts/chart-downloads.js.
import { exportLayout } from "@/lib/charts/export-layout";
import { toCsv } from "@/lib/csv";
import { chartCitation } from "@/lib/domain/chart-citation";
import { chartData, tipHandoffKey, visibleSvg, type TipHandoff } from "./chart-data";

const svgNs = "http://www.w3.org/2000/svg";
/** Built by scripts/bundle.ts from lib/client/chart-tooltip.ts. */
const tooltipScript = "/scripts/chart-tooltip.js";
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? "";
/** The page's language, as the server wrote it on <html lang>: the citation is written in it. The rest of a
 * download (CSV headers, title, units, source line) comes from the chart's data block, already in that language. */
const pageLocale = (): "zh-CN" | "en" => (document.documentElement.lang === "en" ? "en" : "zh-CN");

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The chart's figures as CSV when the server sent them, else its table (cells marked numeric stay numbers). */
function chartCsv(figure: Element): string {
  const csv = chartData(figure)?.csv;
  if (csv) return toCsv(csv.header, csv.rows);
  // The chart's own table, or (the province map) the table in the figure's <details>.
  const table = figure.querySelector<HTMLTableElement>("table[data-chart-table]") ?? figure.querySelector<HTMLTableElement>(":scope > details table.data");
  if (!table) return toCsv([], []);
  const header = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent ?? "");
  const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) =>
    [...row.cells].map((cell) => (cell.classList.contains("num") && cell.textContent?.trim() !== "" && Number.isFinite(Number(cell.textContent)) ? Number(cell.textContent) : (cell.textContent ?? ""))),
  );
  return toCsv(header, rows);
}

/** The drawn SVG inside a picture that names the chart, its units and years, and its sources (export-layout.ts). */
function exportSvg(figure: Element, drawn: SVGSVGElement): string {
  const data = chartData(figure);
  const box = drawn.viewBox.baseVal;
  const chartWidth = box?.width || drawn.getBoundingClientRect().width;
  const chartHeight = box?.height || drawn.getBoundingClientRect().height;
  const title = data?.title ?? figure.querySelector(".chart__title")?.textContent ?? "";
  const layout = exportLayout({ title, subtitle: data?.subtitle ?? "", sourceLine: data?.sourceLine ?? "", chartWidth, chartHeight });
  const root = document.createElementNS(svgNs, "svg");
  root.setAttribute("xmlns", svgNs);
  root.setAttribute("width", String(layout.width));
  root.setAttribute("height", String(layout.height));
  root.setAttribute("viewBox", `0 0 ${layout.width} ${layout.height}`);
  const background = document.createElementNS(svgNs, "rect");
  for (const [key, value] of Object.entries({ width: "100%", height: "100%", fill: "#fff" })) background.setAttribute(key, value);
  root.append(background);
  const font = drawn.querySelector("text")?.style.fontFamily || "sans-serif";
  for (const line of layout.texts) {
    const text = document.createElementNS(svgNs, "text");
    for (const [key, value] of Object.entries({ x: line.x, y: line.y, fill: line.fill, "font-size": line.size, "font-weight": line.weight, "font-family": font })) text.setAttribute(key, String(value));
    text.textContent = line.text;
    root.append(text);
  }
  const chart = drawn.cloneNode(true) as SVGSVGElement;
  chart.setAttribute("x", String(layout.chart.x));
  chart.setAttribute("y", String(layout.chart.y));
  chart.setAttribute("width", String(chartWidth));
  chart.setAttribute("height", String(chartHeight));
  chart.removeAttribute("style");
  root.append(chart);
  return new XMLSerializer().serializeToString(root);
}

function savePng(svgText: string, name: string) {
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svgText);
  const width = Number(size?.[1] ?? 800);
  const height = Number(size?.[2] ?? 600);
  const image = new Image();
  image.onload = () => {
    const scale = 2; // sharp on high-density screens and in slides
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && save(blob, `${name}.png`), "image/png");
  };
  image.src = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
}

function download(button: HTMLElement, figure: Element) {
  const name = button.parentElement?.dataset.fileName;
  if (!name) return;
  const kind = button.dataset.chartDownload;
  if (kind === "csv") {
    save(new Blob([chartCsv(figure)], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
    return;
  }
  const svg = visibleSvg(figure);
  if (!svg) return;
  // A chart frame carries its data block and gets the attributed picture; a bare map figure its SVG as drawn.
  const text = figure.hasAttribute("data-chart") ? exportSvg(figure, svg) : new XMLSerializer().serializeToString(svg);
  if (kind === "svg") save(new Blob([text], { type: "image/svg+xml" }), `${name}.svg`);
  if (kind === "png") savePng(text, name);
}

// ---- Tabs (WAI-ARIA tabs pattern, automatic activation) ----

function selectTab(tab: HTMLElement, focus: boolean) {
  const list = tab.closest('[role="tablist"]');
  const figure = tab.closest("[data-chart]");
  if (!list || !figure) return;
  for (const other of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    const panel = figure.querySelector(`#${CSS.escape(other.getAttribute("aria-controls") ?? "")}`);
    panel?.toggleAttribute("data-inactive", !selected);
  }
  if (focus) tab.focus();
}

function onTabKey(event: KeyboardEvent, tab: HTMLElement) {
  const tabs = [...(tab.closest('[role="tablist"]')?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
  const at = tabs.indexOf(tab);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  selectTab(tabs[(next + tabs.length) % tabs.length]!, true);
}

// ---- Citation ----

function citeFor(figure: Element): string {
  const data = chartData(figure);
  const url = new URL(location.href);
  url.hash = figure.id;
  return chartCitation({ title: data?.title ?? "", subtitle: data?.subtitle ?? "", sources: data?.sources ?? [], url: url.href, accessed: new Date(), locale: pageLocale() });
}

async function copyCitation(button: HTMLElement, figure: Element) {
  const text = figure.querySelector<HTMLElement>("[data-chart-citation]");
  if (!text) return;
  text.textContent = citeFor(figure);
  try {
    await navigator.clipboard.writeText(text.textContent);
  } catch {
    // No clipboard (insecure origin, denied): leave the text selected for Ctrl+C.
    getSelection()?.selectAllChildren(text);
    return;
  }
  const label = button.textContent;
  button.textContent = button.dataset.copied ?? label;
  setTimeout(() => (button.textContent = label), 2000);
}

// ---- Tooltip script, loaded on first use ----

let tooltipRequested = false;
function loadTooltips(target: Element) {
  (window as unknown as Record<string, TipHandoff>)[tipHandoffKey] = { pending: target };
  if (tooltipRequested) return;
  tooltipRequested = true;
  const script = document.createElement("script");
  script.src = tooltipScript;
  script.nonce = nonce;
  document.head.append(script);
}

function onFirstReach(event: Event) {
  const target = event.target instanceof Element ? event.target : null;
  if (!target?.closest("[data-chart-tips]") || tooltipRequested) return;
  loadTooltips(target);
}
for (const type of ["pointerover", "focusin", "touchstart"]) document.addEventListener(type, onFirstReach, { passive: true });

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const figure = target?.closest("figure");
  if (!target || !figure) return;
  const button = target.closest<HTMLElement>("[data-chart-download]");
  if (button) return download(button, figure);
  const tab = target.closest<HTMLElement>('[role="tab"]');
  if (tab && figure.hasAttribute("data-chart")) return selectTab(tab, false);
  const copy = target.closest<HTMLElement>("[data-chart-copy]");
  if (copy) void copyCitation(copy, figure);
});

document.addEventListener("keydown", (event) => {
  const tab = event.target instanceof HTMLElement && event.target.closest<HTMLElement>("[data-chart] [role='tab']");
  if (tab) onTabKey(event, tab);
});

// Opening the citation writes it for this page's address and today (the copy button shows only with scripting: globals.css).
document.addEventListener("toggle", (event) => {
  const details = event.target instanceof HTMLDetailsElement ? event.target : null;
  const figure = details?.closest("[data-chart]");
  const text = details?.querySelector("[data-chart-citation]");
  if (figure && text && details?.open) text.textContent = citeFor(figure);
}, true);
