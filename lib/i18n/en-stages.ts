// Text of /en/stages: every province placed in a WEF stage band, year by year (English; same keys as zh-CN-stages.ts).
import type { stagesMessages } from "./zh-CN-stages";

/** "1 province", "3 provinces". */
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export const stagesMessagesEn: typeof stagesMessages = {
  title: "Development stages by province",
  intro:
    "Which development stage each province was in for a given year, when it crossed each threshold, and when it would reach the next stage at a growth rate you set. Stages follow the thresholds of the World Economic Forum's Global Competitiveness Report 2014–2015 (GDP per capita, current US dollars). Figures in yuan are converted at that year's average yuan–dollar exchange rate (market rate, not purchasing power parity) and marked \"converted\".",
  form: {
    label: "Choose a year and a growth rate",
    year: "Year",
    growth: "Annual growth in nominal US dollars (%)",
    growthHint: "Used to project when each province reaches the next stage. Real growth, prices, the exchange rate and population all move this number.",
    growthNotNumber: "Enter a number, such as 5 or 4.3.",
    growthTooLow: "The growth rate cannot be below -20%.",
    growthTooHigh: "The growth rate cannot be above 30%.",
    submit: "Show",
  },
  yearNotice: (asked: number, shown: number) => `There are no provincial figures that can be converted for ${asked}; ${shown} is shown below.`,
  noData:
    "No provincial GDP per capita can be converted yet: that needs GDP per capita in yuan and the average yuan–dollar exchange rate for the same year. Editors can upload tables exported from the National Bureau of Statistics on the \"Import data\" page.",
  tilesTitle: (year: number) => `Development stage by province, ${year}`,
  tilesCaption: "A tile map, not a geographic map. Select a tile to open that region's page; grey hatching means no figure for that year.",
  bandCount: (n: number) => count(n, "province"),
  noFigureLegend: "No figure for this year",
  noFigureTile: (name: string, years: number[]) =>
    years.length > 0
      ? `${name}: no figure for this year (figures for ${years.slice(0, 6).join(", ")}${years.length > 6 ? " and other years" : ""})`
      : `${name}: no figures`,
  tileLabel: (name: string, usd: string, stage: string) => `${name}: GDP per capita about USD ${usd}, ${stage}`,
  rankingTitle: (year: number) => `GDP per capita by province, ${year} (USD)`,
  rankingCaption: "Dashed lines mark the stage thresholds (USD 2,000, 3,000, 9,000 and 17,000).",
  rankingNationalCaption: "The red bar and red line show the national figure.",
  axisUsd: "GDP per capita (USD)",
  columns: {
    region: "Region",
    usd: "GDP per capita (USD)",
    stage: "Stage",
    basis: "Basis",
    source: "Source",
  },
  derived: (cny: string, rate: string) => `Converted: ${cny} yuan ÷ ${rate} yuan per US dollar`,
  given: "Given in US dollars by the source",
  rateSource: (cnySource: string, rateSource: string) => `${cnySource}; exchange rate: ${rateSource}`,
  timelineTitle: "When thresholds were crossed, and when the next stage is reached (projected)",
  timelineLead: (growth: string) =>
    `"Crossed" is the first year in the data above the threshold; in brackets is the latest earlier year with a figure, so the crossing happened between the two. Projections compound the latest figure at ${growth}% a year in nominal US dollars.`,
  timelineColumns: {
    region: "Region",
    firstYear: "First figure",
    crossed: (usd: string) => `Crossed ${usd}`,
    latest: "Latest figure",
    next: "Next stage (projected)",
  },
  crossedIn: (year: number, previous: number | null) => (previous === null ? `${year} or earlier` : `${year} (after ${previous})`),
  notCrossed: "—",
  latest: (year: number, usd: string, stage: string) => `${year}: ${usd}, ${stage}`,
  nextIn: (stage: string, year: number | null) => (year === null ? `${stage}: not within 100 years` : `${stage} in ${year}`),
  topStage: "Already in the highest stage",
  methodTitle: "Method and limitations",
  method: [
    "Stages depend on GDP per capita (current US dollars) alone. The report also adjusts for economies whose exports are mostly minerals; this page does not.",
    "The thresholds are fixed in nominal US dollars. Projections compare future nominal dollar figures with these fixed thresholds.",
    "Figures in yuan are converted at that year's average yuan–dollar exchange rate; each converted figure names the source of its rate. Where a document gives a region's figure in US dollars for the same year, the document's figure is used; where it gives only a lower bound (such as \"over USD 9,000\"), the converted figure is used instead.",
    "A region without an exchange rate or a yuan figure for a year has no stage for that year; the page does not fill the gap with estimates.",
  ],
  ratesTitle: "Exchange rates used",
  ratesLead: (from: number, to: number, count: number) => `Average yuan–dollar exchange rates, ${from}–${to} (${count} ${count === 1 ? "year" : "years"}):`,
  ratesSpan: (from: number, to: number, source: string) => `${from}–${to}: ${source}`,
};
