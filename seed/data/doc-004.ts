// Figures from document 004: a Jiangxi think-tank page with two articles (冯雪妍 on Jiangxi's practice,
// 盛方富 on "industry sets the question, S&T answers"). Its figures are about AI models and the history
// of science centres; its Jiangxi programmes are names rather than quantities.
import type { DocumentSeed } from "@/lib/validation/catalog";

const source = "doc-004";

const practice = "冯雪妍·开篇与实践路径";
const aiSection = "盛方富·主要逻辑·变革逻辑(标志性人工智能模型)";
const historySection = "盛方富·主要逻辑·历史逻辑(科学和人才中心)";

export const doc004: DocumentSeed = {
  source: {
    file: "004_0f5df40b11d3c644.txt",
    slug: source,
    titleZh: "发展新质生产力，如何答好“双创融合”必答题？",
    titleEn: "Jiangxi think-tank page: answering the integration question for new quality productive forces",
    authors: "冯雪妍；盛方富",
    organisation: "江西省科学院科技战略研究所；江西省社会科学院江西发展战略研究所",
    published: "2025",
    language: "zh-Hans",
    summaryZh:
      "两篇江西学者的文章。第一篇从江西实际出发，谈以1269行动计划和2025—2027年改革实施方案为抓手，在供给、主体和转化三端推进融合，" +
      "并主张建立评价融合成效的指标体系。第二篇论证产业出题、科技答题的历史、变革与现实依据，按跟跑、并跑、领跑区分新兴产业的攻关策略，并列出未来产业方向。",
  },

  indicators: [
    {
      code: "notable-ai-models-from-industry", nameZh: "来自产业界的标志性人工智能模型数", nameEn: "Notable AI models from industry",
      unit: "count", category: "innovation",
      definitionZh: "当年全球标志性人工智能模型中由企业（而非学术机构）开发的数量。",
    },
    {
      code: "notable-ai-models-total", nameZh: "全球标志性人工智能模型总数", nameEn: "Notable AI models worldwide",
      unit: "count", category: "innovation",
      definitionZh: "当年被统计为标志性的人工智能模型总数。",
    },
    {
      code: "notable-ai-models-industry-share", nameZh: "标志性人工智能模型中产业界占比", nameEn: "Industry share of notable AI models",
      unit: "percent", category: "innovation",
      definitionZh: "来自产业界的标志性人工智能模型占全部标志性模型的比例，用来观察前沿研发向企业集中的程度。",
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
      noteZh: "2024年的标志性AI模型中有55个出自企业，作者借此说明前沿研究正直接走向应用。",
    },
    {
      indicator: "notable-ai-models-total", region: "world", year: 2024, value: 61, valueText: "61",
      source, locator: aiSection,
      noteZh: "文章所引研究统计的2024年全球标志性AI模型共61个。",
    },
    {
      indicator: "notable-ai-models-industry-share", region: "world", year: 2024, value: 90, qualifier: "≈",
      valueText: "90%", source, locator: aiSection,
      noteZh: "产业界贡献约九成的标志性AI模型（55/61≈90.2%），比上一年明显提高。",
    },
    {
      indicator: "notable-ai-models-industry-share", region: "world", year: 2023, value: 60, valueText: "60%",
      source, locator: aiSection,
      noteZh: "作为对照，2023年产业界的占比为六成。",
    },
    {
      indicator: "historical-science-centres", region: "world", year: 2025, yearBasis: "publication",
      value: 5, valueText: "5个", source, locator: historySection,
      noteZh: "意大利、英国、法国、德国、美国依次在16至20世纪成为世界科学和人才中心。",
    },
  ],

  regionNotes: [
    {
      region: "jiangxi", key: "plan-1269", kind: "programme", titleZh: "“1269”行动计划(制造业重点产业链现代化)",
      bodyZh: "江西围绕制造业重点产业链推进现代化建设的省级行动计划，作者把它列为全省推动两类创新融合的既有基础之一。",
      source, locator: `${practice}·第1段`,
    },
    {
      region: "jiangxi", key: "six-sci-tech-actions", kind: "programme", titleZh: "科技兴赣六大行动",
      bodyZh: "与1269计划并列提到的省级科技行动，文中称其正在纵深推进。",
      source, locator: `${practice}·第1段`,
    },
    {
      region: "jiangxi", key: "reform-plan-2025-2027", kind: "programme", titleZh: "深度融合改革实施方案", period: "2025—2027",
      bodyZh: "江西省关于推进科技创新与产业创新深度融合的改革方案。作者主张以它的出台为起点，跟踪各项政策的落地效果并据此调整任务清单。",
      source, locator: `${practice}·立足战略高度`,
    },
    {
      region: "jiangxi", key: "qihang-2030", kind: "programme", titleZh: "基础研究“2030启航计划”",
      bodyZh: "省级基础研究计划，与2030先锋工程一起被用来组织关键核心技术的集中攻关。",
      source, locator: `${practice}·聚焦体制机制(供给端)`,
    },
    {
      region: "jiangxi", key: "xianfeng-2030", kind: "programme", titleZh: "科技重大专项“2030先锋工程”",
      bodyZh: "省级科技重大专项，作者建议以“大兵团”方式开展攻关，并把竞争性与稳定性投入结合起来。",
      source, locator: `${practice}·聚焦体制机制(供给端)`,
    },
    {
      region: "jiangxi", key: "ganjiang-institute", kind: "institution", titleZh: "中国科学院赣江创新研究院",
      bodyZh: "在赣的国家级科研机构，作者希望它带动省实验室体系，形成“国家队+江西队”的平台梯队。",
      source, locator: `${practice}·聚焦体制机制(平台部署)`,
    },
    {
      region: "jiangxi", key: "tech-transfer-centre", kind: "institution", titleZh: "省科技转移转化中心",
      bodyZh: "作者设想的成果转化枢纽：连接省内外资源，配合成果库、需求库、概念验证中心和中试平台开展有组织的转化。",
      source, locator: `${practice}·聚焦体制机制(转化端)`,
    },
    {
      region: "jiangxi", key: "industrial-context", kind: "context", titleZh: "新兴工业大省",
      bodyZh: "江西被描述为正处于转型攻坚期的新兴工业大省：有色金属、石油化工、建材等传统优势产业需要新材料和智能制造技术来升级，中部省份之间在新能源、电子信息、装备制造上竞争激烈。",
      source, locator: "冯雪妍·内在逻辑(融合赋能)",
    },
    {
      region: "jiangxi", key: "evaluation-indicators", kind: "context", titleZh: "融合成效评价指标体系",
      bodyZh: "作者呼吁建立衡量两类创新融合效果的指标体系及数据采集、分析机制，并让评价结果真正影响资源配置。",
      source, locator: "冯雪妍·战术及操作层面(考核评价)",
    },
  ],
};
