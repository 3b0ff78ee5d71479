// "Download data" (CSV of the chart's table) and "save image" (SVG, PNG) buttons for a server-rendered chart.
// They work through lib/client/chart-downloads.ts, a small script every page loads (components/ui/site-shell.tsx),
// so a chart needs no React on the client and its data is not sent a second time.
type ChartDownloadsProps = {
  fileName: string;
  labels: { data: string; svg: string; png: string };
};

export function ChartDownloads({ fileName, labels }: ChartDownloadsProps) {
  return (
    <div className="chart__downloads" data-file-name={fileName}>
      <button type="button" className="link-button" data-chart-download="csv">{labels.data}</button>
      <button type="button" className="link-button" data-chart-download="svg">{labels.svg}</button>
      <button type="button" className="link-button" data-chart-download="png">{labels.png}</button>
    </div>
  );
}
