// Text of /stage/batch and of its CSV download: many regions' stages at once, and when each reaches the next.
// Client components receive these as plain strings; "{name}" placeholders are filled with fillTemplate.
const columns = {
  line: "行",
  region: "地区",
  gdp: "人均GDP（美元）",
  stage: "阶段",
  next: "下一阶段门槛（美元）",
  gap: "距门槛（美元）",
  reaches: "进入下一阶段年份",
};

export const batchMessages = {
  title: "批量测算",
  intro:
    "每行一个地区：“地区, 人均GDP（美元）”。可以粘贴文本（包括从 Excel 复制的两列或一列），也可以上传 CSV 或 TXT 文件（UTF-8）。阶段按世界经济论坛《2014—2015年全球竞争力报告》的人均GDP门槛（现价美元）划分。",
  text: "地区与人均GDP",
  textHint: "逗号、全角逗号、分号、制表符或空格分隔；人均GDP可写 13953、13,953、１３９５３ 或 1.4万；首行可为表头，以 # 开头的行忽略；最多 {max} 行。",
  placeholder: "中国, 13953\n江西, 9,800\n深圳\t28000",
  file: "或上传文件（CSV 或 TXT，UTF-8，最大 1 MB）",
  growth: "实际GDP年均增速（%）",
  growthHint: "选填。填写后，每行给出按此增速复利推算、进入下一阶段的年份。",
  year: "基准年份",
  yearHint: "选填。各行人均GDP所属的年份，推算从这一年起；不填为今年。",
  submit: "测算",
  pending: "测算中…",
  download: "下载 CSV",
  downloadHint: "下载的是下表这次测算的结果，数字为不带千位分隔符的纯数字。",
  resultTitle: "测算结果（{n}个地区）",
  projectionNote:
    "进入下一阶段的年份：自{year}年起，按实际GDP年均增速{growth}%复利推算人均GDP，再与固定的名义美元门槛比较（与阶段测算页的简单推算相同，不计价格、汇率与人口的变化）；最多推算{horizon}年。",
  noProjection: "填写实际GDP年均增速后，表中会多出“进入下一阶段年份”一列。",
  errorsTitle: "{n}行无法识别，未计入结果：",
  /** A line the check could not read: its number and why. */
  lineError: "第{n}行：{reason}。",
  reasons: {
    format: "末尾没有数字，格式应为“地区, 人均GDP”",
    number: "末尾的人均GDP无法识别，请写美元数字，如 13953、13,953 或 1.4万",
    columns: "人均GDP前还有一列数字（如年份），或千位分隔符不是三位一组；每行只写“地区, 人均GDP”",
    range: "人均GDP需大于0且不超过1,000,000美元",
  },
  problems: {
    "text-too-long": "文本过长：最多 200,000 个字符，请分批测算。",
    "file-invalid": "文件无效或过大：请上传不超过 1 MB 的 CSV 或 TXT 文件。",
    "file-not-utf8": "文件不是 UTF-8 编码的文本，请另存为 UTF-8 的 CSV 或 TXT。",
    "too-many-lines": "行数过多：每次最多 2,000 行，请分批测算。",
    "no-lines": "没有可测算的行：请至少填写一行“地区, 人均GDP”。",
    "format-invalid": "不支持的导出格式。",
    "growth-invalid": "增速需为 -20 到 30 之间的数字，例如 4.3。",
    "year-invalid": "基准年份需为 1960—2100 之间的四位数年份，例如 2025。",
  },
  columns,
  noRegion: "（未填地区）",
  topStage: "已是最高阶段",
  notWithin: "{n}年内不会",
  /** The CSV's header row: the table's columns, and with a projection its assumptions. */
  csv: {
    ...columns,
    line: "行号",
    growth: "实际GDP年均增速（%）",
    baseYear: "基准年份",
  },
};

export type BatchMessages = typeof batchMessages;
