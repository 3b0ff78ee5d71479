// Text of /stages: every province placed in a WEF stage band, year by year.
export const stagesMessages = {
  title: "各省发展阶段",
  intro:
    "按世界经济论坛《2014—2015年全球竞争力报告》的阶段门槛(人均GDP,现价美元),看各省份某一年处在哪个阶段、何时跨过门槛、按设定增速何时进入下一阶段。人民币数字按当年人民币对美元年平均汇率折算(市场汇率,不是购买力平价),折算结果标为“折算”。",
  form: {
    label: "选择年份与增速",
    year: "年份",
    growth: "名义美元年均增速(%)",
    growthHint: "用于推算各省何时进入下一阶段;实际增速、价格、汇率与人口的变化都会影响这个数字。",
    submit: "查看",
  },
  yearNotice: (asked: number, shown: number) => `${asked}年没有可折算的省级数字,下面显示${shown}年。`,
  noData:
    "暂无可折算的省级人均GDP:需要同一年的人民币人均地区生产总值和人民币对美元年平均汇率。编辑可在“导入数据”页上传国家统计局导出的表格。",
  tilesTitle: (year: number) => `${year}年各省份所处阶段`,
  tilesCaption: "示意方格图,不是地图。点方格进入该地区页面;灰色斜线表示该年没有数字。",
  bandCount: (n: number) => `${n}个`,
  noFigureLegend: "该年暂无数字",
  noFigureTile: (name: string, years: number[]) =>
    years.length > 0 ? `${name}:该年暂无数字(有数字的年份:${years.slice(0, 6).join("、")}${years.length > 6 ? "等" : ""})` : `${name}:暂无数字`,
  tileLabel: (name: string, usd: string, stage: string) => `${name}:人均GDP约${usd}美元,${stage}`,
  rankingTitle: (year: number) => `${year}年各省份人均GDP(美元)排序`,
  rankingCaption: "虚线为阶段门槛(2,000、3,000、9,000、17,000美元)。",
  rankingNationalCaption: "红色条与红线为全国数字。",
  axisUsd: "人均GDP(美元)",
  columns: {
    region: "地区",
    usd: "人均GDP(美元)",
    stage: "阶段",
    basis: "折算依据",
    source: "出处",
  },
  derived: (cny: string, rate: string) => `折算:${cny}元 ÷ ${rate}元/美元`,
  given: "原文即为美元",
  timelineTitle: "跨过门槛的年份与进入下一阶段的推算",
  timelineLead: (growth: string) =>
    `“跨过”指数据中首次处在该门槛以上的年份;括号里是此前最近一个有数字的年份,真正跨过的时间在两者之间。推算按名义美元年均增长${growth}%,从最新一年的数字复利计算。`,
  timelineColumns: {
    region: "地区",
    firstYear: "首个数字",
    crossed: (usd: string) => `跨过${usd}`,
    latest: "最新数字",
    next: "进入下一阶段(推算)",
  },
  crossedIn: (year: number, previous: number | null) => (previous === null ? `${year}年或更早` : `${year}年(${previous}年后)`),
  notCrossed: "—",
  nextIn: (stage: string, year: number | null) => (year === null ? `${stage}:百年内不会到达` : `${year}年进入${stage}`),
  topStage: "已在最高阶段",
  methodTitle: "方法与局限",
  method: [
    "阶段只看人均GDP(现价美元)。报告对出口以矿产品为主的经济体另有调整,本页不作调整。",
    "门槛按名义美元固定不变;推算把未来的名义美元数字与固定门槛比较。",
    "人民币数字按当年人民币对美元年平均汇率折算,汇率的出处附在每个折算数字旁。同一地区同一年若文献直接给出美元数字,以文献为准;只给出下限(如“超过9000美元”)时,改用折算数字。",
    "没有某年汇率或人民币数字的地区,该年没有阶段;页面不作推算补齐。",
  ],
  ratesTitle: "所用汇率",
  ratesLead: (from: number, to: number, count: number) => `人民币对美元年平均汇率,${from}—${to}年共${count}个年份:`,
};
