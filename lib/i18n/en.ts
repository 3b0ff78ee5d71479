// UI text in English, key for key the same as zh-CN.ts (lib/i18n/catalogue.test.ts compares them). Larger page
// areas keep their text in en-*.ts files merged in below, each typed by its zh-CN twin.
import type { Messages } from "./zh-CN";
import { indicatorsMessagesEn, regionsMessagesEn } from "./en-regions";
import { frameworksMessagesEn } from "./en-frameworks";
import { editorMessagesEn, importMessagesEn, importProblemTextEn } from "./en-import";
import { indexSpecMessagesEn, specProblemTextEn } from "./en-index-specs";
import { batchMessagesEn } from "./en-batch";
import { stagesMessagesEn } from "./en-stages";
import { zonesMessagesEn } from "./en-zones";
import { reportMessagesEn, siteMenuMessagesEn } from "./en-report";
import { errorMessagesEn } from "./en-error";
import { seededSourceName } from "@/seed/data/source-names";

export const en: Messages = {
  site: {
    name: "Kechan: science–industry integration indicators",
    nameEn: "Kechan",
    tagline: "Regional indicators of how science and technology innovation joins up with industrial innovation, each with its year, unit and source",
    nav: {
      overview: "Overview",
      stages: "Stages",
      regions: "Regions",
      indicators: "Indicators",
      index: "Index",
      zones: "Zones",
      frameworks: "Frameworks",
      stage: "Stage check",
      batch: "Batch calculator",
      sources: "Sources",
    },
    footer:
      "Figures come from five public documents and from statistical tables published by the National Bureau of Statistics and others; every figure can be traced to its place in the source. Development stages follow the World Economic Forum's Global Competitiveness Report 2014–2015.",
    skipToContent: "Skip to main content",
    switchLanguage: { text: "中文", aria: "阅读本页的中文版" },
  },
  common: {
    logScaleNote: "The quantities differ widely, so bar lengths use a logarithmic scale; the numbers shown are actual values.",
    source: "Source",
    year: "Year",
    unit: "Unit",
    value: "Value",
    locator: "Location in source",
    indicator: "Indicator",
    region: "Region",
    notReported: "Not reported in the documents",
    dataTable: "Show the data table",
    downloadData: "Download data (CSV)",
    saveSvg: "Save image (SVG)",
    savePng: "Save image (PNG)",
    exportCsv: "Export CSV",
    exportJson: "Export JSON",
    period: (start: number, end: number) => `${start}–${end}`,
    yearLabel: (year: number) => `${year}`,
    publicationYear: (year: number) => `${year} (year of publication; the source gives no year)`,
    forecast: "Forecast",
    usd: "USD",
    chartTabs: "Chart and data table",
    chartTab: "Chart",
    tableTab: "Table",
    series: "Series",
    periodStart: "First year",
    qualifier: "Qualifier",
    note: "Note",
    publicationYearNote: "The year is the document's year of publication; the source gives no year",
    cite: "Cite this chart",
    copyCitation: "Copy citation",
    copied: "Copied",
    sourcesLine: (sources: string) => `Source: ${sources}; compiled by Kechan`,
    kechanOnly: "Compiled by Kechan",
    chartKeysHint: "Use the left and right arrow keys to step through the data points",
    chartTableNote: (unitsAndYears: string) =>
      `${unitsAndYears ? `${unitsAndYears}. ` : ""}Each figure in the chart and its source are in the "Table" tab.`,
  },
  // Prefixed to a figure as written ("more than 13,953"), hence the trailing space.
  qualifiers: { ">": "more than ", "<": "less than ", "≈": "about ", "+": "over ", "≥": "at least ", "≤": "at most " } as Record<string, string>,
  overview: {
    title: "Overview",
    intro: "China's headline indicators, its development stage, and a projection of when it enters the innovation-driven stage.",
    headline: "Headline indicators for China",
    stageTitle: "Which development stage is China in?",
    stageAnswer: (gdp: string, year: number, stage: string, nextYear: number | null, nextStage: string | null, growth: number | null) =>
      `China's GDP per capita was USD ${gdp} in ${year}, in the "${stage}" stage` +
      (nextYear !== null && nextStage && growth !== null ? `. At ${growth}% real growth a year, it enters the "${nextStage}" stage in ${nextYear}.` : "."),
    stageChartTitle: "China's GDP per capita and development stages: 2018, 2025 and projected to 2030",
    stageCaption: "GDP per capita (current US dollars) against the World Economic Forum's five development stages; 2026–2030 compounded at 4.3% real growth a year.",
    stageNote: `The projection follows the method of "${seededSourceName("doc-000", "en")}": it grows current-dollar GDP per capita at the real growth rate and compares it with fixed nominal-dollar thresholds. Changes in prices, the exchange rate and population move the year of crossing; you can adjust them in the stage calculator.`,
    openStageTool: "Adjust the assumptions in the stage calculator",
    zhangjiangTitle: "Innovation resources in Zhangjiang Science City",
    zhangjiangChartTitle: "Innovation resources concentrated in Zhangjiang Science City (published 2025)",
    zhangjiangCaption: "Counts of Zhangjiang Science City's main innovation resources, as published at the 2025 Pujiang Innovation Forum.",
    themes: new Map([
      ["economy", "Economy and income"],
      ["rnd", "R&D spending"],
      ["innovation", "Innovation output"],
      ["policy", "Policy and planning"],
      ["stage", "Development stage"],
      ["zone", "Zones and innovation hubs"],
    ]),
    otherTheme: "Other indicators",
    projectionSource: "Projection by Kechan",
    projectionLocator: (growth: number) => `Compounded from the latest reported value at ${growth}% real growth a year`,
    centresTitle: "National S&T innovation centres",
    provincesTitle: (year: number) => `Development stage by province, ${year}`,
    provincesLead:
      "GDP per capita is converted to US dollars at that year's average yuan–dollar exchange rate, then placed in the stages of the World Economic Forum's 2014–2015 report.",
    provincesNone: "No provincial figures can be converted yet.",
    provincesCount: (n: number) => `${n} ${n === 1 ? "province" : "provinces"}`,
    provincesMissing: (n: number) => `${n} other mainland ${n === 1 ? "province has" : "provinces have"} no figure for that year.`,
    provincesNational: (usd: string, stage: string) => `China: about USD ${usd}, ${stage}`,
    openStages: "See each province's stage, the years thresholds were crossed, and projections",
    internationalCentres: "International S&T innovation centres",
    regionalCentres: "Regional S&T innovation centres",
  },
  stage: {
    title: "Development stage calculator",
    intro:
      "Enter a GDP per capita to see where it falls among the five stages of the World Economic Forum's Global Competitiveness Report 2014–2015, when it would reach the next stage at a given growth rate, and how that year moves with each assumption.",
    form: {
      gdp: "GDP per capita (USD)",
      gdpHint: "Current US dollars at market exchange rates; for example 13953 or 13,953",
      cny: "Or: GDP per capita (yuan)",
      cnyHint: "Fill in together with the exchange rate; give either US dollars or yuan, not both",
      rate: "Exchange rate (yuan per US dollar)",
      rateHint: "Market exchange rate, not purchasing power parity",
      growth: "Average real GDP growth a year (%)",
      growthHint: "Growth net of price changes; prices, the exchange rate and population go under \"More assumptions\"",
      year: "Base year",
      advanced: "More assumptions: prices, exchange rate and population (once filled in, the projection is in nominal US dollars)",
      deflator: "Average yearly change in the GDP deflator (%)",
      fx: "Average yearly appreciation of the yuan against the US dollar (%; negative for depreciation)",
      population: "Average yearly population growth (%)",
      submit: "Calculate",
      example: "Example: China in 2025",
      errorsTitle: "Please correct the following",
      errors: {
        gdp: "Enter a GDP per capita (USD) above 0 and no more than 1,000,000, for example 13953 or 13,953; or fill in GDP per capita in yuan and the exchange rate instead.",
        cny: "Enter a GDP per capita (yuan) above 0 and no more than 100,000,000, for example 98000 or 98,000.",
        rate: "Enter an exchange rate (yuan per US dollar) between 0.01 and 1000, for example 7.1.",
        growth: "Growth must be a number between -20 and 30, for example 4.3 or 4.3%.",
        deflator: "The change in the deflator must be a number between -20 and 50.",
        fx: "The change in the exchange rate must be a number between -50 and 50.",
        population: "Population growth must be a number between -5 and 10.",
        year: "The base year must be a four-digit year between 1960 and 2100, for example 2025.",
        scheme: "This stage scheme is not supported.",
      } as Record<string, string>,
      gdpAndCny:
        "Give GDP per capita in US dollars or in yuan, not both: with both filled in it is unclear which to use, so please clear one of them.",
    },
    answer: {
      stageIs: (gdp: string, stage: string) => `A GDP per capita of USD ${gdp} is in the "${stage}" stage.`,
      converted: (cny: string, rate: string) => `Converted from ${cny} yuan per person at ${rate} yuan per US dollar.`,
      gap: (next: string, threshold: string, gap: string) => `It is USD ${gap} short of the "${next}" threshold of USD ${threshold}.`,
      top: "Already in the highest stage, \"Innovation-driven\".",
      realBasis: (growth: string) => `At average real GDP growth of ${growth}% a year (without changes in prices, the exchange rate or population)`,
      nominalBasis: (growth: string, parts: string[], nominal: string) =>
        `At average real GDP growth of ${growth}% a year, plus ${listEn(parts)}, GDP per capita grows by ${nominal}% a year in current US dollars`,
      deflatorPart: (pct: string) => `an average yearly change of ${pct}% in the GDP deflator`,
      fxPart: (pct: number, formatted: string) =>
        pct < 0 ? `an average yearly depreciation of the yuan against the US dollar of ${formatted}%` : `an average yearly appreciation of the yuan against the US dollar of ${formatted}%`,
      populationPart: (pct: string) => `average yearly population growth of ${pct}%`,
      reaches: (basis: string, year: number, next: string) => `${basis}, it is expected to enter the "${next}" stage in ${year}.`,
      notWithin: (basis: string, years: number) => `${basis}, it does not enter the next stage within ${yearsEn(years)}.`,
      scenarios: (step: string, low: string, high: string) =>
        `With every assumption moved ${pointsEn(step)} in the unfavourable or the favourable direction at once, this becomes ${low} and ${high} respectively.`,
      scenarioYear: (year: number | null, horizon: number) => (year === null ? `not within ${yearsEn(horizon)}` : `${year}`),
    },
    bandChartTitle: "The five development stages and your figure",
    transitionShort: "Transition",
    reportedSeries: "Reported in the documents",
    inputSeries: "Your figure",
    yourFigure: "Your figure",
    answerTitle: "Result",
    projectionChartTitle: (year: number, gdp: string) => `Compounded from USD ${gdp} in ${year}`,
    projectionCaption: "The dashed line is GDP per capita compounded at the given growth rate; the coloured bands are the development stages.",
    crossingSeries: "Enters the next stage",
    noGrowth: "Fill in an average growth rate to see the projected path here, the year the next stage is reached, and the effect of each assumption.",
    weightsLead: (stage: string) => `Weights of the Global Competitiveness Index sub-indexes in the "${stage}" stage (2014–2015 edition).`,
    projectedSeries: "Compounded projection",
    projectionTitle: "GDP per capita projected: three scenarios",
    scenarios: {
      chartTitle: (year: number, gdp: string) => `Low, base and high scenarios from USD ${gdp} in ${year}`,
      caption: (step: string) =>
        `GDP per capita (current US dollars). The base scenario uses your assumptions; the low and high scenarios move all four assumptions ${pointsEn(step)} in the unfavourable or the favourable direction at once. Coloured bands are development stages; the horizontal line is the next stage's threshold.`,
      names: { low: "Low scenario", base: "Base scenario", high: "High scenario" } as Record<"low" | "base" | "high", string>,
      legendName: (name: string, year: string) => `${name} (${year})`,
      threshold: (stage: string, usd: string) => `"${stage}" threshold: ${usd}`,
      crossing: "Year the next stage is reached",
      input: "Your figure",
      unit: "USD per person",
      yearUnit: "Year",
      source: "Projected on this page from your assumptions",
      tornadoTitle: (step: string, year: number) => `How the year the next stage is reached (base: ${year}) moves when each assumption changes by ${pointsEn(step)}`,
      tornadoTitleNoBase: (step: string) => `Year the next stage is reached when each assumption changes by ${pointsEn(step)}`,
      tornadoCaption: (step: string) =>
        `Only one assumption moves at a time; the others keep the values you entered. Bars to the left: that assumption moves ${pointsEn(step)} in the favourable direction and the year comes earlier. Bars to the right: it moves in the unfavourable direction and the year comes later. The end of each bar gives the year after the move.`,
      tornadoAxis: "Years earlier (−) or later (+) than the base",
      forSeries: (step: string) => `${pointsEn(step)} favourable (earlier)`,
      againstSeries: (step: string) => `${pointsEn(step)} unfavourable (later)`,
      assumptionNames: {
        realGrowthPct: "Real growth",
        deflatorPct: "Price change",
        cnyVsUsdPct: "Yuan exchange rate",
        populationPct: "Population growth",
      } as Record<"realGrowthPct" | "deflatorPct" | "cnyVsUsdPct" | "populationPct", string>,
      columns: {
        assumption: "Assumption",
        value: "Your value (%)",
        against: "Unfavourable: value and year",
        for: "Favourable: value and year",
        swing: "Difference (years)",
      },
      moved: (name: string, from: string, to: string) => `${name}: entered ${from}%, moved to ${to}%`,
      beyond: (horizon: number) => `Not within ${yearsEn(horizon)}`,
      noBaseCrossing: (horizon: number) =>
        `With your assumptions the next stage is not reached within ${yearsEn(horizon)}, so there is no year to bring forward or push back.`,
      notes: (step: string, sensitivityStep: string) => [
        `The base scenario is the assumptions you entered. The low scenario lowers real growth, price change and the yuan's appreciation against the US dollar by ${pointsEn(step)} each, and raises population growth by ${pointsEn(step)} (more people means less per person); the high scenario does the opposite. Moving all four in one direction at once is a rough guide to the assumptions being wrong together, not a probability range.`,
        `The sensitivity chart moves one assumption at a time by ${pointsEn(sensitivityStep)}. The four assumptions multiply into growth in current US dollars: (1 + real growth) × (1 + price change) × (1 + exchange-rate change) ÷ (1 + population growth), so one percentage point of each has roughly the same effect.`,
        "Price, exchange-rate and population assumptions left blank count as 0, that is, no change; they move up and down in the scenarios and the sensitivity chart all the same.",
      ],
      top: "Already in the highest stage: there is no next stage to reach, so no scenarios are shown.",
    },
    weightsTitle: "Weights of the three sub-indexes",
    weightsBasic: "Basic requirements",
    weightsEfficiency: "Efficiency enhancers",
    weightsInnovation: "Innovation and sophistication factors",
    weightsInterpolated:
      "In the transition stages the weights change linearly with GDP per capita between the two neighbouring stages. This is our reading of the report's \"smooth transition\"; the report does not publish the formula.",
    methodTitle: "Method",
    method: [
      "Stages are set by GDP per capita (current US dollars, market exchange rates): factor-driven below 2,000; transition 2,000–2,999; efficiency-driven 3,000–8,999; transition 9,000–17,000; innovation-driven above 17,000. Each band includes its lower bound and excludes its upper bound, except that the 9,000–17,000 band includes 17,000.",
      "The report has a second criterion: economies with a high share of mineral exports are moved towards the factor-driven stage. This tool uses GDP per capita only.",
      `The thresholds are fixed nominal US dollar amounts that the report's editions do not adjust for inflation; a projection compares future nominal figures with the fixed thresholds. With only real growth filled in, the projection leaves out changes in prices and the exchange rate, as "${seededSourceName("doc-000", "en")}" does.`,
      "Numbers can be typed the way analysts write them: thousands separators, full-width digits and spaces all work. The JSON API accepts plain decimals only.",
      `"${seededSourceName("doc-000", "en")}" says the report covers 143 economies; the report itself lists 144.`,
      "From 2018 the Global Competitiveness Index 4.0 no longer weights by stage; every pillar has the same weight.",
    ],
    batchLink: "Calculate for many regions at once",
  },
  batch: batchMessagesEn,
  sources: {
    title: "Sources",
    intro:
      "The dashboard's figures come from five documents and from statistical tables published by the National Bureau of Statistics and others. Each source lists the figures taken from it and where they appear in the original.",
    documentsTitle: "Documents",
    statisticsTitle: "Statistics",
    statisticsIntro:
      "Provincial GDP per capita, R&D spending and the yuan exchange rate come from the statistical tables below. The text retrieved from each table is kept in the code repository under seed/references/, and tests check every figure against it. Tables marked \"reprint\" are copies of National Bureau of Statistics data published elsewhere, with the original source named.",
    publisher: "Publisher",
    table: "Table",
    url: "URL",
    tier: "Type",
    tiers: { primary: "Primary (published by a statistics office)", secondary: "Reprint" } as Record<string, string>,
    origin: "Original source",
    reference: "Retrieved text",
    retrieved: "Retrieved",
    citation: {
      title: "Citation",
      gbt: "GB/T 7714-2015",
      apa: "APA 7",
      copy: (style: string) => `Copy ${style} citation`,
      copied: "Copied to the clipboard",
      failed: "Could not write to the clipboard; select the text above and copy it yourself",
    },
    shortTitle: (name: string) => `Short title on this site: ${name}`,
    authors: "Authors",
    organisation: "Organisation",
    published: "Published",
    asWritten: "As written in the source",
    meaning: "Meaning (paraphrased)",
    figures: (n: number) => `${n} ${n === 1 ? "figure" : "figures"} from this source`,
    back: "All sources",
    imported: "Sources of imported data",
  },
  regions: regionsMessagesEn,
  report: reportMessagesEn,
  siteMenu: siteMenuMessagesEn,
  stages: stagesMessagesEn,
  indicators: indicatorsMessagesEn,
  zones: zonesMessagesEn,
  frameworks: frameworksMessagesEn,
  importer: { ...importMessagesEn, problems: importProblemTextEn },
  editor: editorMessagesEn,
  indexSpecs: { ...indexSpecMessagesEn, problems: specProblemTextEn },
  levels: { world: "World", nation: "Country", "macro-region": "Region", province: "Province", city: "City", zone: "Zone" } as Record<string, string>,
  notFound: { title: "Page not found", body: "We could not find this page; the link may be wrong.", home: "Back to the overview" },
  error: errorMessagesEn,
};

/** "1 year", "100 years". */
function yearsEn(n: number): string {
  return `${n} ${n === 1 ? "year" : "years"}`;
}

/** "1 percentage point", "0.5 percentage points" (the step comes formatted). */
function pointsEn(step: string): string {
  return `${step} ${step === "1" ? "percentage point" : "percentage points"}`;
}

/** "a", "a and b", "a, b and c". */
function listEn(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
