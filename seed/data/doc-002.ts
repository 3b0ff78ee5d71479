// Seed data for document 002: 和梦鑫 (兰州财经大学) on the driving forces and paths of integrating S&T
// innovation and industrial innovation. Two figures: the BCG personalisation premium and the 2016-2023
// panel elasticity of R&D intensity to fiscal subsidies. The article names no specific zone or park.
import type { DocumentSeed } from "@/lib/validation/catalog";

const source = "doc-002";

export const doc002: DocumentSeed = {
  source: {
    file: "002_fc455c5dc13c071e.txt",
    slug: source,
    titleZh: "科技创新和产业创新融合发展的动力机制与实践路径研究",
    titleEn: "Driving Mechanisms and Practical Paths for Integrating S&T Innovation and Industrial Innovation",
    authors: "和梦鑫",
    organisation: "兰州财经大学",
    published: "2025",
    language: "zh-Hans",
    summaryZh:
      "文章把两类创新融合的障碍归为三类：体制上的断点、要素上的堵点和生态上的弱点。" +
      "作者认为技术推动、需求拉动和政策支撑三股力量共同促成融合，并以波士顿咨询的个性化消费数据和2016—2023年重大专项面板回归作佐证；" +
      "对策落在增加高质量科技供给、突出企业主体地位和加快成果转化三条路径上。",
  },

  indicators: [
    {
      code: "personalised-product-wtp-premium",
      nameZh: "个性化产品支付意愿溢价（相对全球平均）",
      nameEn: "Willingness-to-pay premium for personalised products versus the global average",
      unit: "percent",
      category: "innovation",
      definitionZh: "某国消费者为个性化产品愿意多付的幅度，以高出全球平均水平的百分比表示（来源：波士顿咨询报告）。",
    },
    {
      code: "semiconductor-rd-subsidy-elasticity",
      nameZh: "财政补贴对半导体企业研发强度的弹性",
      nameEn: "Elasticity of semiconductor firms' R&D intensity to fiscal subsidies",
      unit: "percent",
      category: "policy",
      definitionZh:
        "面板回归估计值：参与国家科技重大专项（核高基等）的企业所获财政补贴增加1%时，其研发强度变动的百分比。",
      higherIsBetter: true,
    },
  ],

  observations: [
    {
      indicator: "personalised-product-wtp-premium",
      region: "cn",
      year: 2025,
      yearBasis: "publication",
      value: 23,
      valueText: "23%",
      source,
      locator: "3. 动力机制·3.2 需求拉动力·第1段(智能手机例子之后)",
      noteZh: "按波士顿咨询的报告，中国消费者为个性化产品愿付的价格比全球平均高23%，作者以此说明需求对创新的拉动。文中未给出报告年份。",
    },
    {
      indicator: "semiconductor-rd-subsidy-elasticity",
      region: "cn",
      year: 2023,
      periodStart: 2016,
      yearBasis: "period",
      value: 0.38,
      valueText: "0.38%",
      source,
      locator: "3. 动力机制·3.3 政策支撑力·第1段(核高基面板回归)",
      noteZh: "对2016—2023年核高基等重大专项数据做面板回归，补贴多1%，相关半导体企业研发强度提高0.38%。",
    },
  ],

  zoneCases: [],
};
