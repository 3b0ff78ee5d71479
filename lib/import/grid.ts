// The table every file becomes before its layout is read: rows of text cells, each with the line (CSV)
// or row number (spreadsheet) an analyst will find it at. CSV and .xlsx share everything after this.

export type GridRow = { line: number; cells: string[] };

export function isBlankRow(row: GridRow): boolean {
  return row.cells.every((cell) => cell.trim() === "");
}

/** The cells without the empty ones a spreadsheet or an export pads a row with. */
export function trimRow(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === "") end--;
  return cells.slice(0, end);
}
