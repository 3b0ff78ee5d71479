// "Download data" and "save image" for every server-rendered chart, without a framework: one delegated click
// listener serves all the buttons (components/charts/chart-downloads.tsx). The CSV is read from the chart's own
// data table and the picture from the SVG the reader sees, so the page carries each only once.
// Bundled on its own by scripts/bundle.ts into public/scripts/chart-downloads.js.
import { toCsv } from "@/lib/csv";

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The rendering (desktop or phone) the reader is looking at. */
function visibleSvg(figure: Element): SVGSVGElement | undefined {
  return [...figure.querySelectorAll<SVGSVGElement>(".chart__canvas svg")].find((svg) => svg.getBoundingClientRect().width > 0);
}

/** The data table as CSV; cells the server marked numeric are written as numbers, the rest as text. */
function tableCsv(figure: Element): string {
  const table = figure.querySelector<HTMLTableElement>(":scope > details table.data"); // the chart's own, not one a caller put in the figure
  if (!table) return toCsv([], []);
  const header = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent ?? "");
  const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) =>
    [...row.cells].map((cell) => (cell.classList.contains("num") ? Number(cell.textContent) : (cell.textContent ?? ""))),
  );
  return toCsv(header, rows);
}

function savePng(svg: SVGSVGElement, name: string) {
  const { width, height } = svg.viewBox.baseVal.width ? svg.viewBox.baseVal : svg.getBoundingClientRect();
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
  image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }));
}

document.addEventListener("click", (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>("[data-chart-download]");
  const figure = button?.closest("figure");
  const name = button?.parentElement?.dataset.fileName;
  if (!button || !figure || !name) return;
  const kind = button.dataset.chartDownload;
  if (kind === "csv") {
    save(new Blob([tableCsv(figure)], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
    return;
  }
  const svg = visibleSvg(figure);
  if (!svg) return;
  if (kind === "svg") save(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }), `${name}.svg`);
  if (kind === "png") savePng(svg, name);
});
