// Text of the /en/index page (the science–industry integration index), its downloads and the region profile's
// index panel, in English (the twin of zh-CN-index-page.ts).
import type { PerformanceGroup } from "@/lib/index/groups";
import type { indexPageMessages } from "./zh-CN-index-page";

const groupNames: Record<PerformanceGroup, string> = { leader: "Leading", strong: "Strong", moderate: "Moderate", emerging: "Catching up" };

const provinces = (n: number) => `${n} ${n === 1 ? "province" : "provinces"}`;
const indicatorsOf = (have: number, of: number) => `${have} of ${of} ${of === 1 ? "indicator" : "indicators"}`;

export const indexPageMessagesEn: typeof indexPageMessages = {
  title: "Science–industry integration index",
  intro:
    "Combines each province's indicators of science, industry, capital, talent and the commercialisation of research into one index: each indicator is first rescaled to 0–100, then averaged with weights within each chain and across the chains. This page sets out the method, weights and sources of every step, and how sensitive the ranking is to these choices.",
  caveat:
    "Most indicators in the starter framework are totals (patents, spending in 100 million yuan, person-years of R&D staff), so large economies and populous provinces come out on top: it measures size, not efficiency. To look at intensity, save a framework built mainly on ratio indicators.",
  form: {
    label: "Choose a framework and a year",
    spec: "Framework",
    year: "Year",
    submit: "Show",
    yearOption: (year: number, have: number, of: number) => (have === of ? `${year}` : `${year} (${indicatorsOf(have, of)})`),
  },
  version: (version: string) => `Version ${version}`,
  method: (normalisation: string, aggregation: string) => `Normalisation: ${normalisation}; aggregation: ${aggregation}`,
  normalisations: {
    minmax: "min–max (0–100)",
    zscore: "z-score",
    rank: "rank",
    "distance-to-reference": "relative to China",
    "distance-to-best": "relative to the best",
  },
  aggregations: { arithmetic: "arithmetic mean", geometric: "geometric mean" },
  badYear: (text: string, year: number) => `The year "${text}" is not available: choose a year from the list. Showing ${year} below.`,
  noYear: "The store has no provincial figures yet for any indicator in this framework, so the index cannot be calculated.",
  empty: (year: number) =>
    `No province meets the coverage requirement in ${year} (figures for at least 60% of the indicators), so there is no ranking. Choose another year.`,
  contents: "On this page",
  sections: {
    ranking: "Ranking and rank intervals",
    pillars: "Scores by chain",
    framework: "Framework",
    correlation: "Correlation between indicators",
    strengths: "Strengths and weaknesses by province",
    downloads: "Downloads",
    workbench: "Change weights and methods",
  },
  ranking: {
    title: (year: number, n: number) => `Science–industry integration index: ranking of ${provinces(n)}, ${year}`,
    caption: (runs: number) =>
      `Left: index score (0–100). Right: the black dot is this ranking; the line is the 5%–95% rank interval from ${runs.toLocaleString("en-US")} Monte Carlo runs (each chain's weight varied by up to 25% either way, with other normalisation, aggregation, outlier and missing-value methods swapped in); the short red mark is the median rank. The longer the line, the more the rank depends on the choice of method.`,
    subtitle: (year: number) => `${year}; scores 0–100, rank intervals 5%–95%`,
    score: "Score",
    rank: "Rank",
    nominal: "This ranking",
    median: "Median rank",
    interval: "5%–95% interval",
    groupNote:
      "Groups compare with the national average, the composite score of China as a whole (totals taken per province): 125% or more is leading, 100%–125% strong, 70%–100% moderate and below 70% catching up.",
    columns: {
      rank: "Rank",
      region: "Province",
      score: "Score",
      group: "Group",
      percent: "Relative to national average (%)",
      median: "Median rank",
      interval: "5%–95% rank interval",
    },
    intervalText: (low: number, high: number) => (low === high ? `${low}` : `${low}–${high}`),
    none: "—",
    excludedTitle: "Regions not ranked",
    excluded: (name: string, have: number, of: number) => `${name}: figures for only ${indicatorsOf(have, of)}, less than 60%, so not ranked.`,
    noUncertainty: (reason: string) => `The rank intervals could not be calculated: ${reason}`,
  },
  groupNames,
  pillars: {
    lead: "Each chain's score is the weighted mean of its indicators' scores (0–100); the darker the colour, the higher the score.",
    region: "Province",
    rank: "Rank",
    index: "Index",
  },
  framework: {
    lead: "The five chains and their indicators. Weights are first turned into shares within a chain, then multiplied by the chain's share of the index.",
    pillarWeight: (share: string) => `${share} of the index`,
    direction: { up: "Higher is better", down: "Lower is better" },
    shareOfPillar: (share: string) => `${share} of this chain`,
    shareOfIndex: (share: string) => `${share} of the index`,
    store: (name: string, unit: string) => `Indicator in the store: ${name} (${unit})`,
    missingInStore: "The store has no such indicator",
    coverage: (n: number, year: number) => `Provinces with figures in ${year}: ${n}`,
    sources: "Sources",
    cites: "Basis",
    reference: {
      national: "National reference: the figure for China",
      "national-per-province": "National reference: the figure for China ÷ the number of provinces with figures",
    },
    frameworkCites: "Basis of the framework",
  },
  correlation: {
    title: (year: number, n: number) => `Correlation between indicators, ${year} (${provinces(n)})`,
    caption:
      "Pearson correlation coefficients of the raw figures; each pair uses only the provinces with figures for both. A value close to 1 means the two indicators measure almost the same thing, so combining them gives that thing more weight; a negative value means one rises as the other falls.",
    subtitle: (year: number) => `${year}; Pearson correlation coefficients`,
    indicator: "Indicator",
    phoneKey: "On phones the columns are numbered; the numbers are given in the row names.",
  },
  strengths: {
    lead: "Each province's rank among provinces on each indicator (by the raw figures). The indicators on which it ranks highest compared with its other indicators are its strengths, the lowest its weaknesses; if all ranks are the same, there are neither. Open a province to see all its indicators.",
    strengths: "Strengths",
    weaknesses: "Weaknesses",
    rankOf: (rank: number, of: number) => `${rank} of ${of}`,
    summary: (name: string, rank: number) => `${name} (index rank ${rank})`,
    columns: { indicator: "Indicator", rank: "Rank", value: "Value" },
    none: "None",
  },
  downloads: {
    lead: "The results give each province's score, group, chain scores and rank interval; the framework file can be imported on the editing page.",
    csv: "Results (CSV)",
    xlsx: "Results (Excel)",
    json: "Results (JSON)",
    spec: "Framework (JSON)",
  },
  workbenchLead: "Change the weights or methods and the ranking changes at once; the Monte Carlo and sensitivity analyses run in your browser.",
  regionPanel: {
    title: "Science–industry integration index",
    rank: (rank: number, of: number, year: number) => `Ranked ${rank} of ${provinces(of)} in ${year}`,
    interval: (low: number, high: number, median: number | null) =>
      `5%–95% rank interval ${low === high ? low : `${low}–${high}`}${median === null ? "" : `; median rank ${median}`}`,
    score: (score: string) => `Score ${score}`,
    group: (group: string) => `Group: ${group} (compared with the national average)`,
    pillars: "Scores by chain",
    strengths: "Strengths",
    weaknesses: "Weaknesses",
    open: "See the full ranking and method",
    excluded: (year: number) => `Not enough indicator figures for ${year}: not included in the index.`,
  },
  xlsx: {
    results: "Ranking",
    excluded: "Not ranked",
    about: "About",
    aboutRows: (title: string, version: string, year: number, runs: number, seed: number) => [
      ["Framework", title],
      ["Version", version],
      ["Year", `${year}`],
      ["Rank interval", `5th and 95th percentile ranks over ${runs} Monte Carlo runs (random seed ${seed})`],
      ["Group", "Score relative to the national composite score: leading ≥125%, strong 100%–125%, moderate 70%–100%, catching up <70%"],
    ],
    sources: "Sources",
    compiled: "Compiled by Kechan: science–industry integration indicators",
  },
};
