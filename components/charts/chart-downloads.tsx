"use client";
// "Download data" (CSV of the chart's table) and "save image" (SVG, PNG) for a server-rendered chart.
// The image comes from the SVG already on the page, so the page carries no second copy of it.
import { useRef } from "react";

type ChartDownloadsProps = {
  fileName: string;
  csv: string;
  labels: { data: string; svg: string; png: string };
};

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ChartDownloads({ fileName, csv, labels }: ChartDownloadsProps) {
  const anchor = useRef<HTMLDivElement>(null);
  // The visible rendering (desktop or phone) is the one the reader is looking at.
  const visibleSvg = () =>
    [...(anchor.current?.closest("figure")?.querySelectorAll<SVGSVGElement>(".chart__canvas svg") ?? [])].find((svg) => svg.getBoundingClientRect().width > 0);

  const saveSvg = () => {
    const svg = visibleSvg();
    if (svg) save(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }), `${fileName}.svg`);
  };

  const savePng = () => {
    const svg = visibleSvg();
    if (!svg) return;
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
      canvas.toBlob((blob) => blob && save(blob, `${fileName}.png`), "image/png");
    };
    image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }));
  };

  return (
    <div className="chart__downloads" ref={anchor}>
      <button type="button" className="link-button" onClick={() => save(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`)}>
        {labels.data}
      </button>
      <button type="button" className="link-button" onClick={saveSvg}>{labels.svg}</button>
      <button type="button" className="link-button" onClick={savePng}>{labels.png}</button>
    </div>
  );
}
