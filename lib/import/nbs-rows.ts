// An NBS table's figures as the importer's long rows, each cell remembering where it stands in the file
// so a problem is reported at the file line and the column header an analyst sees.
import type { IndicatorChoice } from "./indicators";
import type { NbsTable } from "./nbs";
import { regionCellFor } from "./regions";
import type { RawRow } from "./rows";

export function nbsRows(table: NbsTable, choices: Map<string, IndicatorChoice>): RawRow[] {
  return table.figures.map((figure) => {
    const choice = choices.get(figure.indicator.text)!;
    const isNew = choice.status === "new";
    const indicatorAt = { line: figure.indicator.line, column: figure.indicator.column };
    const valueAt = { line: figure.line, column: figure.column };
    return {
      line: figure.line,
      cells: {
        indicator: choice.code,
        region: regionCellFor(figure.region.text, table.meta.region),
        year: String(figure.year),
        value: figure.value,
        unit: choice.unit,
        source: table.meta.source ?? "",
        locator: table.meta.database ?? "",
        indicator_name_zh: isNew ? choice.name : "",
        indicator_category: isNew ? choice.category : "",
      },
      origin: {
        indicator: indicatorAt, unit: indicatorAt, indicator_name_zh: indicatorAt, region: { line: figure.region.line, column: figure.region.column },
        year: figure.yearAt, value: valueAt,
      },
    };
  });
}
