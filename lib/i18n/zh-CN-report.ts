// UI text for the printable region brief (/regions/[slug]/report) and the phone menu (zh-CN).

export const reportMessages = {
  /** The region page's link to its brief. */
  link: "打印简报",
  kicker: "地区简报",
  title: (name: string) => `${name}地区简报`,
  back: "返回地区页",
  printHint: "本页按一页A4纸排版：用浏览器的打印功能（Ctrl+P）打印或另存为PDF。",
  stageTitle: "发展阶段",
  stageSources: "人均GDP出处：",
  noStage: "出处中没有这个地区的人均GDP数字，无法判断所处发展阶段。",
  headlinesTitle: "主要指标",
  headlinesLead: "各指标取本地区最新一年的数字；方括号中的编号对应文末参考文献。",
  columns: { indicator: "指标", value: "数值", year: "年份", source: "出处" },
  noHeadlines: "文献中没有这个地区的数字。",
  moreHeadlines: (n: number) => `另有${n}项指标见地区页。`,
  chartTitles: {
    band: (name: string) => `${name}人均GDP在五个发展阶段中的位置`,
    series: (name: string, indicator: string) => `${name}${indicator}：历年数值`,
  },
  chartSources: "图中数字的出处见参考文献",
  noChart: "这个地区没有多年的数字，不绘图。",
  referencesTitle: "参考文献",
  referencesLead: "按GB/T 7714-2015顺序编码制著录，编号依在本页首次引用的先后。",
  importedSource: "（导入数据所列出处，仅有题名）",
  footer: (site: string) => `${site}整理；每个数字的原文位置见网站的出处页。`,
};

export const siteMenuMessages = {
  /** The phone navigation's disclosure. */
  summary: "菜单",
};
