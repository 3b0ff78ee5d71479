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
];
