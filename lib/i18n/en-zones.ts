// UI text for the high-tech zone case pages (English; same keys as zh-CN-zones.ts).
import type { zonesMessages } from "./zh-CN-zones";

export const zonesMessagesEn: typeof zonesMessages = {
  title: "Zone case studies",
  intro:
    "The high-tech zones and science cities the documents describe: where they are, what they are known for, their leading industries, key institutions, integration mechanisms and figures. Every item names its source; where the documents say nothing, we infer nothing.",
  kinds: { "high-tech-zone": "High-tech zone", "industrial-park": "Industrial park", "science-city": "Science city" } as Record<string, string>,
  established: (year: number) => `Established ${year}`,
  sections: {
    industry: "Leading industries",
    institution: "Key institutions",
    mechanism: "Integration mechanisms",
    chain: "The four chains",
    practice: "Practices",
    metrics: "Figures",
  },
  nothingReported: "Not reported in the documents",
  compareLink: "Compare zones side by side",
  compareThis: "Add to comparison",
  compare: {
    title: "Compare zone case studies",
    intro:
      "Pick 2 to 4 cases to compare side by side. Each cell says whether the documents report the item, and on what basis; an empty cell means the documents do not report it, not that it is absent.",
    pick: "Choose cases",
    submit: "Compare",
    tooFew: "Choose at least 2 cases.",
    tooMany: "You can compare at most 4 cases.",
    unknown: (slugs: string) => `These cases were not found: ${slugs}`,
    heatmapTitle: "What the documents report, at a glance",
    heatmapCaption: "Dark: the documents report this item. Light: they do not. This records presence only; it is not a score.",
    reported: "Reported",
    notReported: "Not reported",
    matrixTitle: "Item by item",
    groups: { chain: "The four chains", mechanism: "The four integration mechanisms", practice: "Named practices" },
    listsTitle: "Leading industries and key institutions",
    metricsTitle: "Figures",
    metricsIntro:
      "Item by item: one row per indicator and one column per case, in the same order as the table above. Indicators with the same unit are grouped together; years are points in time, so they are written out, not drawn as bars.",
    metricsNone: "The documents give no figures for the cases you chose.",
    metricsUnit: (unit: string) => `Unit: ${unit}`,
    metricsDates: "Years (points in time)",
    metricsIndicator: "Indicator",
    metricsChartTitle: (label: string) => `${label}, by case`,
    metricsChartsLead: "Figures reported for two or more cases, charted one by one (one indicator and one unit per chart):",
    metricsNoneShared: "The cases you chose report no figures in common, so they are listed but not charted.",
    counts: (n: number, total: number) => `${n} of ${total} items reported`,
  },
  rows: {
    "science-chain": "Technology chain",
    "industry-chain": "Industry chain",
    "capital-chain": "Capital chain",
    "talent-chain": "Talent chain",
    "technology-driven": "Technology-driven integration",
    "market-led": "Market-led integration",
    "platform-supported": "Platform-supported integration",
    "policy-guided": "Policy-guided integration",
  } as Record<string, string>,
};
