// Figures from document 004: a Jiangxi think-tank page with two articles (冯雪妍 on Jiangxi's practice,
// 盛方富 on "industry sets the question, S&T answers"). Its figures are about AI models and the history
// of science centres; its Jiangxi programmes are names rather than quantities.
import type { DocumentSeed } from "@/lib/validation/catalog";

const source = "doc-004";

const aiSection = "盛方富·主要逻辑·变革逻辑(标志性人工智能模型)";
const historySection = "盛方富·主要逻辑·历史逻辑(科学和人才中心)";

export const doc004: DocumentSeed = {
  source: {
    file: "004_0f5df40b11d3c644.txt",
    slug: source,
    titleZh: "发展新质生产力,如何答好“双创融合”必答题?(江西智库版)",
    titleEn: "Jiangxi think-tank page: answering the integration question for new quality productive forces",
    authors: "冯雪妍;盛方富",
    organisation: "江西省科学院科技战略研究所;江西省社会科学院江西发展战略研究所",
    published: "2025",
    language: "zh-Hans",
    summaryZh:
      "两篇江西学者的文章。第一篇从江西实际出发,谈以1269行动计划和2025—2027年改革实施方案为抓手,在供给、主体和转化三端推进融合," +
      "并主张建立评价融合成效的指标体系。第二篇论证产业出题、科技答题的历史、变革与现实依据,按跟跑、并跑、领跑区分新兴产业的攻关策略,并列出未来产业方向。",
  },

  indicators: [
    {
      code: "notable-ai-models-from-industry", nameZh: "来自产业界的标志性人工智能模型数", nameEn: "Notable AI models from industry",
      unit: "count", category: "innovation",
      definitionZh: "当年全球标志性人工智能模型中由企业(而非学术机构)开发的数量。",
    },
    {
      code: "notable-ai-models-total", nameZh: "全球标志性人工智能模型总数", nameEn: "Notable AI models worldwide",
      unit: "count", category: "innovation",
      definitionZh: "当年被统计为标志性的人工智能模型总数。",
    },
    {
      code: "notable-ai-models-industry-share", nameZh: "标志性人工智能模型中产业界占比", nameEn: "Industry share of notable AI models",
      unit: "percent", category: "innovation",
      definitionZh: "来自产业界的标志性人工智能模型占全部标志性模型的比例,用来观察前沿研发向企业集中的程度。",
    },
    {
      code: "historical-science-centres", nameZh: "16世纪以来的世界科学和人才中心数", nameEn: "World science and talent centres since the 16th century",
      unit: "count", category: "innovation",
      definitionZh: "16世纪以来先后成为世界科学和人才中心的国家数。",
    },
  ],

  observations: [
    {
      indicator: "notable-ai-models-from-industry", region: "world", year: 2024, value: 55, valueText: "55",
      source, locator: aiSection,
      noteZh: "2024年的标志性AI模型中有55个出自企业,作者借此说明前沿研究正直接走向应用。",
    },
    {
      indicator: "notable-ai-models-total", region: "world", year: 2024, value: 61, valueText: "61",
      source, locator: aiSection,
      noteZh: "文章所引研究统计的2024年全球标志性AI模型共61个。",
    },
    {
      indicator: "notable-ai-models-industry-share", region: "world", year: 2024, value: 90, qualifier: "≈",
      valueText: "90%", source, locator: aiSection,
      noteZh: "产业界贡献约九成的标志性AI模型(55/61≈90.2%),比上一年明显提高。",
    },
    {
      indicator: "notable-ai-models-industry-share", region: "world", year: 2023, value: 60, valueText: "60%",
      source, locator: aiSection,
      noteZh: "作为对照,2023年产业界的占比为六成。",
    },
    {
      indicator: "historical-science-centres", region: "world", year: 2025, yearBasis: "publication",
      value: 5, valueText: "5个", source, locator: historySection,
      noteZh: "意大利、英国、法国、德国、美国依次在16至20世纪成为世界科学和人才中心。",
    },
  ],
};
