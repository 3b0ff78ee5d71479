// UI text for the printable region brief (/en/regions/[slug]/report) and the phone menu (English; same keys
// as zh-CN-report.ts).
import type { reportMessages, siteMenuMessages } from "./zh-CN-report";

export const reportMessagesEn: typeof reportMessages = {
  link: "Print a brief",
  kicker: "Region brief",
  title: (name: string) => `${name}: region brief`,
  back: "Back to the region page",
  printHint: "This page is laid out for one A4 sheet: use your browser's Print command (Ctrl+P) to print it or save it as a PDF.",
  stageTitle: "Development stage",
  stageSources: "Sources for GDP per capita: ",
  noStage: "The sources give no GDP per capita for this region, so its development stage cannot be told.",
  headlinesTitle: "Key indicators",
  headlinesLead: "Each indicator shows this region's latest figure; numbers in square brackets refer to the references at the end.",
  columns: { indicator: "Indicator", value: "Value", year: "Year", source: "Source" },
  noHeadlines: "The documents give no figures for this region.",
  moreHeadlines: (n: number) => `${n} more ${n === 1 ? "indicator is" : "indicators are"} on the region page.`,
  chartTitles: {
    band: (name: string) => `${name}: GDP per capita across the five development stages`,
    series: (name: string, indicator: string) => `${name}: ${indicator} over time`,
  },
  chartSources: "Sources of the figures in the chart: see the references",
  noChart: "This region has no figures for several years, so there is no chart.",
  referencesTitle: "References",
  referencesLead: "References in APA 7 style, numbered in the order they are first cited on this page.",
  importedSource: "(source named in imported data; title only)",
  footer: (site: string) => `Compiled by ${site}. The site's source pages show where each figure appears in the original.`,
};

export const siteMenuMessagesEn: typeof siteMenuMessages = {
  summary: "Menu",
};
