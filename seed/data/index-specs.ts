// The starter framework of the 科产融合 index: five pillars (the four chains and 成果转化), each on the
// provincial indicators the store holds, each citing the place in a document that motivates it. The
// wording is ours; the documents only motivate the structure, and the figures come from the yearbook tables
// in seed/statistics. Indicators are counts and totals as the yearbooks give them, so large provinces lead:
// the page says so, and an analyst can save a spec that weighs them differently. The English title and
// labels are for the site's English pages (the indicators' by their English names in the store).
import type { IndexSpecInput } from "@/lib/index/spec";

const fourChains = { source: "doc-001", locator: "四、融合路径·(一)四链协同机制" } as const;

export const defaultIndexSpec = {
  key: "default",
  version: "1.0.0",
  title: "科产融合指数（起步框架）",
  titleEn: "Science–industry integration index (starter framework)",
  cite: [{ source: "doc-004", locator: "冯雪妍·战术及操作层面(考核评价)" }],
  rationale: "江西的文章要求为融合成效建立评价指标、采集数据并加以分析；本框架用库中各省年鉴数字搭起第一版。",
  pillars: [
    {
      key: "science-chain",
      label: "科技链",
      labelEn: "Technology chain",
      weight: 1,
      cite: [fourChains, { source: "doc-000", locator: "对策·科技供给(第24段)" }],
      rationale: "融合先要有可用的科技成果：研发投入的力度和新发明的数量。",
      indicators: [
        { key: "invention-patents-granted", label: "发明专利授权数", labelEn: "Invention patents granted", direction: 1, weight: 1,
          cite: { source: "doc-000", locator: "卡点堵点·体制机制(第18段)" },
          rationale: "发明专利是可以交易和实施的技术成果；文章也提醒只看数量不够。" },
        { key: "rnd-intensity", label: "R&D经费投入强度", labelEn: "R&D expenditure intensity", direction: 1, weight: 1,
          cite: { source: "doc-000", locator: "对策·企业主体(第25段)" },
          rationale: "研发经费占地区生产总值的比重，不随省份大小而变。" },
      ],
    },
    {
      key: "industry-chain",
      label: "产业链",
      labelEn: "Industry chain",
      weight: 1,
      cite: [fourChains],
      rationale: "科技要落到产业上：高技术产业的体量说明成果有没有变成产品。",
      indicators: [
        { key: "hitech-industry-revenue", label: "高技术产业营业收入", labelEn: "High-tech industry revenue", direction: 1, weight: 1,
          cite: fourChains,
          rationale: "高技术制造业的营业收入，年鉴自2020年起按省份发布。" },
      ],
    },
    {
      key: "capital-chain",
      label: "资金链",
      labelEn: "Capital chain",
      weight: 1,
      cite: [fourChains, { source: "doc-000", locator: "卡点堵点·要素配置(第20段)" }],
      rationale: "从样品到量产要有钱：全社会的研发经费和地方财政投向科技的钱。",
      indicators: [
        { key: "rnd-expenditure", label: "R&D经费", labelEn: "R&D expenditure", direction: 1, weight: 1,
          cite: fourChains,
          rationale: "全社会研究与试验发展经费的总额。" },
        { key: "local-fiscal-st-expenditure", label: "地方财政科学技术支出", labelEn: "Local government S&T expenditure", direction: 1, weight: 1,
          cite: { source: "doc-002", locator: "3. 动力机制·3.3 政策支撑力" },
          rationale: "地方政府预算里用于科学技术的支出，是政策支撑最直接的量。" },
      ],
    },
    {
      key: "talent-chain",
      label: "人才链",
      labelEn: "Talent chain",
      weight: 1,
      cite: [fourChains, { source: "doc-004", locator: "冯雪妍·战术及操作层面(考核评价)" }],
      rationale: "各个环节都靠人：投入研发的人力按全时当量计。",
      indicators: [
        { key: "rnd-personnel-fte", label: "R&D人员全时当量", labelEn: "R&D personnel (full-time equivalent)", direction: 1, weight: 1,
          cite: fourChains,
          rationale: "研发人员折合成全年全时工作的人数。" },
      ],
    },
    {
      key: "transfer",
      label: "成果转化",
      labelEn: "Commercialisation",
      weight: 1,
      cite: [{ source: "doc-000", locator: "卡点堵点·成果转化(第21段)" }, { source: "doc-001", locator: "三、现实挑战·（一）创新链条脱节" }],
      rationale: "成果卖得出去才算转化：技术市场上从本省输出的合同金额。",
      indicators: [
        { key: "tech-market-output", label: "技术市场成交额（输出）", labelEn: "Technology contract value (seller's region)", direction: 1, weight: 1,
          cite: { source: "doc-000", locator: "卡点堵点·成果转化(第21段)" },
          rationale: "按技术输出地统计的技术合同成交额，看本省成果卖到各地的多少。" },
      ],
    },
  ],
  method: {
    normalisation: "minmax",
    imputation: "last-year",
    outliers: "winsorise",
    aggregation: "arithmetic",
    weighting: "manual",
    coverage: { minIndicatorShare: 0.6 },
  },
} as const satisfies IndexSpecInput;
