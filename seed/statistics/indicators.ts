// Indicators that the statistical publications report for every province. Names follow the NBS
// labels, so an NBS 国家数据 export of the same indicator is matched to these by name and unit.
import type { IndicatorRecord } from "@/lib/validation/catalog";

export const statisticIndicators: IndicatorRecord[] = [
  {
    code: "gdp-per-capita-cny", nameZh: "人均地区生产总值", nameEn: "GDP per capita (yuan)",
    unit: "cny-per-capita", category: "economy", higherIsBetter: true,
    definitionZh: "一个地区一年的生产总值除以年平均常住人口,按当年价格以人民币计。全国的同一指标即人均国内生产总值。",
  },
  {
    code: "rnd-intensity", nameZh: "研究与试验发展(R&D)经费投入强度", nameEn: "R&D expenditure intensity",
    unit: "percent", category: "rnd", higherIsBetter: true,
    definitionZh: "全社会研究与试验发展经费支出与地区生产总值(全国为国内生产总值)之比。",
  },
  {
    code: "rnd-expenditure", nameZh: "研究与试验发展(R&D)经费", nameEn: "R&D expenditure",
    unit: "cny-100m", category: "rnd", higherIsBetter: true,
    definitionZh: "一年内全社会用于基础研究、应用研究和试验发展的经费支出,按当年价格计。",
  },
  {
    code: "cny-per-usd", nameZh: "人民币对美元汇率(年平均价)", nameEn: "Yuan per US dollar, annual average",
    unit: "cny-per-usd", category: "economy",
    definitionZh: "一年内人民币对美元官方汇率的平均值,即一美元折合的人民币元数;把人民币数字按市场汇率换算成美元时使用。各年取自哪张表,见每个数字的来源。",
  },
  {
    code: "rnd-personnel-fte", nameZh: "研究与试验发展(R&D)人员全时当量", nameEn: "R&D personnel, full-time equivalent",
    unit: "person-years", category: "rnd", higherIsBetter: true,
    definitionZh: "一年内从事研究与试验发展活动的人员按实际投入的工作时间折合的全时人员数：全年全时投入的人计为一人年，部分时间投入的人按比例折算。",
  },
  {
    code: "invention-patents-granted", nameZh: "发明专利授权数", nameEn: "Invention patents granted",
    unit: "pieces", category: "innovation", higherIsBetter: true,
    definitionZh: "一年内授权的国内发明专利件数，按《中国科技统计年鉴》“国内三种专利授权数按地区分布”表的地区划分；不含实用新型和外观设计专利。",
  },
  {
    code: "tech-market-output", nameZh: "技术市场成交额(按技术输出地域)", nameEn: "Technology market contract value, by seller's region",
    unit: "cny-10k", category: "innovation", higherIsBetter: true,
    definitionZh: "一年内经技术市场认定登记的技术合同成交金额，按技术输出方（卖方）所在地区计，按当年价格。",
  },
  {
    code: "hitech-industry-revenue", nameZh: "高技术产业营业收入", nameEn: "High-tech industry business revenue",
    unit: "cny-100m", category: "innovation", higherIsBetter: true,
    definitionZh: "一个地区高技术产业统计所覆盖的企业一年的营业收入，按当年价格计（《中国科技统计年鉴》“各地区高技术产业生产经营情况”表）。",
  },
  {
    code: "local-fiscal-st-expenditure", nameZh: "地方财政科学技术支出", nameEn: "Local government expenditure on science and technology",
    unit: "cny-100m", category: "rnd", higherIsBetter: true,
    definitionZh: "地方一般公共预算支出中列入科学技术功能分类的支出，按当年价格计；全国的数字为各地方之和（地方合计），不含中央本级支出。",
  },
];
