// Text of /en/stage/batch and of its CSV download in English (the twin of zh-CN-batch.ts): many regions' stages
// at once, and when each reaches the next. "{name}" placeholders are filled with fillTemplate.
import type { BatchMessages } from "./zh-CN-batch";

const columns = {
  line: "Line",
  region: "Region",
  gdp: "GDP per capita (USD)",
  stage: "Stage",
  next: "Next stage threshold (USD)",
  gap: "Gap to threshold (USD)",
  reaches: "Year next stage is reached",
};

export const batchMessagesEn: BatchMessages = {
  title: "Batch check",
  intro:
    'One region per line: "region, GDP per capita (USD)". Paste text (including two columns or one copied from Excel) or upload a CSV or TXT file (UTF-8). Stages follow the GDP per capita thresholds (current USD) of the World Economic Forum\'s Global Competitiveness Report 2014–2015.',
  text: "Regions and GDP per capita",
  textHint:
    "Separate with commas, semicolons, tabs or spaces; write GDP per capita as 13953 or 13,953. The first line may be a header; lines starting with # are ignored; at most {max} lines.",
  placeholder: "China, 13953\nJiangxi, 9,800\nShenzhen\t28000",
  file: "Or upload a file (CSV or TXT, UTF-8, at most 1 MB)",
  growth: "Average real GDP growth (% a year)",
  growthHint: "Optional. If given, each line shows the year the next stage is reached, compounding at this rate.",
  year: "Base year",
  yearHint: "Optional. The year the GDP per capita figures are for; the projection starts there. If left empty, this year.",
  submit: "Check",
  pending: "Checking…",
  download: "Download CSV",
  downloadHint: "The download holds the results of this check, as shown below, with plain numbers and no thousands separators.",
  resultTitle: "Results (regions: {n})",
  projectionNote:
    "Year the next stage is reached: GDP per capita is projected from {year} at a real GDP growth of {growth}% a year, compounded, and compared with the fixed thresholds in nominal USD (the same simple projection as on the stage check page; changes in prices, exchange rates and population are not taken into account). The projection runs at most {horizon} years ahead.",
  noProjection: 'Enter an average real GDP growth rate to add the column "Year next stage is reached".',
  errorsTitle: "Lines that could not be read and are left out of the results: {n}",
  lineError: "Line {n}: {reason}.",
  reasons: {
    format: 'No number at the end: the line should read "region, GDP per capita"',
    number: "The GDP per capita at the end cannot be read: write it in US dollars, such as 13953 or 13,953",
    columns:
      'There is another number before GDP per capita (a year, perhaps), or the thousands separators do not group by three: write only "region, GDP per capita" on each line',
    range: "GDP per capita must be more than 0 and at most 1,000,000 USD",
  },
  problems: {
    "text-too-long": "The text is too long: at most 200,000 characters. Check the regions in several batches.",
    "file-invalid": "The file is not valid or too large: upload a CSV or TXT file of at most 1 MB.",
    "file-not-utf8": "The file is not UTF-8 text: save it as a UTF-8 CSV or TXT file.",
    "too-many-lines": "Too many lines: at most 2,000 at a time. Check the regions in several batches.",
    "no-lines": 'Nothing to check: enter at least one line "region, GDP per capita".',
    "format-invalid": "This download format is not supported.",
    "growth-invalid": "Growth must be a number from -20 to 30, such as 4.3.",
    "year-invalid": "The base year must be a four-digit year from 1960 to 2100, such as 2025.",
  },
  columns,
  noRegion: "(no region given)",
  topStage: "Already at the highest stage",
  notWithin: "Not within {n} years",
  /** The CSV's header row: the table's columns, and with a projection its assumptions. */
  csv: {
    ...columns,
    line: "Line number",
    growth: "Average real GDP growth (% a year)",
    baseYear: "Base year",
  },
};
