// Figures from document 000 (CAS Institutes of Science and Development, 2026).
import type { DocumentSeed } from "@/lib/validation/catalog";

const stageSection = "内在逻辑·现实逻辑:从效率驱动到创新驱动";
const firmsSection = "卡点堵点·企业主体(第19段,一方面)";

export const doc000: DocumentSeed = {
  source: {
    file: "000_4353c1ad041446f5.txt",
    slug: "doc-000",
    titleZh: "扎实推动科技创新和产业创新深度融合",
    titleEn: "Deepening the integration of S&T innovation and industrial innovation",
    authors: "佚名（署名为该院研究员；副研究员刘明熹亦有贡献）",
    organisation: "中国科学院科技战略咨询研究院",
    published: "2026",
    language: "zh-Hans",
    summaryZh:
      "从理论与现实两方面说明两种创新为何要融合：借世界经济论坛的发展阶段划分判断中国正处于迈向创新驱动的转型期，并预计2030年前后跨过门槛。随后归纳体制、企业、要素与成果转化四类卡点，提出供给、主体、转化通道与空间生态四条对策。",
  },
  indicators: [
    {
      code: "gdp-per-capita-usd", nameZh: "人均国内生产总值", nameEn: "GDP per capita",
      unit: "usd-per-capita", category: "economy", higherIsBetter: true,
      definitionZh: "按当年市场汇率折算的人均国内生产总值（美元），世界经济论坛据此划分发展阶段。",
    },
    {
      code: "gdp-growth-forecast", nameZh: "国内生产总值年均增速（预测）", nameEn: "Forecast real GDP growth",
      unit: "percent-per-year", category: "economy", higherIsBetter: true,
      definitionZh: "某一时期内实际国内生产总值的预测年均增长率。",
    },
    {
      code: "wef-economies-covered", nameZh: "全球竞争力报告覆盖经济体数", nameEn: "Economies covered by the GCR",
      unit: "economies", category: "stage",
      definitionZh: "世界经济论坛全球竞争力报告当期评估并划分发展阶段的经济体数量。",
    },
    {
      code: "industrial-firms-rnd-active-share", nameZh: "有研发活动的规上工业企业占比", nameEn: "Industrial enterprises with R&D activity",
      unit: "percent", category: "rnd", higherIsBetter: true,
      definitionZh: "规模以上工业企业中开展研发活动的企业所占比例。",
    },
    {
      code: "industrial-rnd-intensity", nameZh: "规上工业企业平均研发强度", nameEn: "R&D intensity of industrial enterprises",
      unit: "percent", category: "rnd", higherIsBetter: true,
      definitionZh: "规模以上工业企业研发经费支出与营业收入之比的平均水平。",
    },
    {
      code: "papers-patents-top-rank-years", nameZh: "高水平论文与国际专利申请量居世界首位的连续年数", nameEn: "Consecutive years ranked first in top papers and international patent filings",
      unit: "years", category: "innovation", higherIsBetter: true,
      definitionZh: "高水平国际论文与国际专利申请两项数量并列全球首位、且连续保持的年数。",
    },
    {
      code: "international-innovation-centres", nameZh: "国际科技创新中心数量", nameEn: "International S&T innovation centres",
      unit: "count", category: "policy",
      definitionZh: "国家布局建设的国际科技创新中心个数。",
    },
  ],
  observations: [
    {
      indicator: "wef-economies-covered", region: "world", year: 2014, yearBasis: "observed",
      value: 143, valueText: "143", source: "doc-000", locator: stageSection,
      noteZh: "文中称报告把143个经济体分入五个阶段；报告原文实列144个（见领域说明）。",
    },
    {
      indicator: "gdp-per-capita-usd", region: "cn", year: 2018, value: 9000, qualifier: ">", valueText: "9000",
      source: "doc-000", locator: stageSection,
      noteZh: "2018年中国人均GDP第一次高于9000美元，由此进入效率驱动向创新驱动的过渡带。",
    },
    {
      indicator: "gdp-per-capita-usd", region: "cn", year: 2025, value: 13953, valueText: "13953",
      source: "doc-000", locator: stageSection,
      noteZh: "2025年中国人均GDP的现价美元数，作者以此为起点推算进入创新驱动阶段的时间。",
    },
    {
      indicator: "gdp-growth-forecast", region: "cn", year: 2030, periodStart: 2026, yearBasis: "forecast",
      value: 4.3, qualifier: "≈", valueText: "4.3%", source: "doc-000", locator: stageSection,
      noteZh: "“十五五”五年间实际GDP年均增速的预测值；作者据此判断2030年可望迈入创新驱动阶段。",
    },
    {
      indicator: "industrial-firms-rnd-active-share", region: "cn", year: 2024, value: 31.3, valueText: "31.3%",
      source: "doc-000", locator: `${firmsSection};引自《中国统计年鉴2025》`,
      noteZh: "规上工业企业里开展研发的不到三分之一，作者以此说明企业长期投入不足。",
    },
    {
      indicator: "industrial-rnd-intensity", region: "cn", year: 2024, value: 1.64, valueText: "1.64%",
      source: "doc-000", locator: `${firmsSection};引自《中国统计年鉴2025》`,
      noteZh: "规上工业企业研发投入强度平均只有1.64%。",
    },
    {
      indicator: "papers-patents-top-rank-years", region: "cn", year: 2024, value: 5, valueText: "5",
      source: "doc-000", locator: "卡点堵点·体制机制(第18段,一是)",
      noteZh: "截至2024年，高水平国际论文和国际专利申请两项数量已连续5年全球第一，但质量仍有差距。",
    },
    {
      indicator: "international-innovation-centres", region: "cn", year: 2026, yearBasis: "publication",
      value: 3, valueText: "3", source: "doc-000", locator: "协同发力·优化空间布局与数字赋能(第一点)",
      noteZh: "三处分别是北京（辐射京津冀）、上海（带动长三角）和粤港澳大湾区。",
    },
  ],
};
