// RFC 4180 CSV (comma or tab, chosen from the header line) with the line number each record starts on,
// so every problem can be reported where the analyst will find it in the file.

export type CsvRecord = { line: number; cells: string[] };
export type CsvParse = { ok: true; delimiter: "," | "\t"; records: CsvRecord[] } | { ok: false; line: number; problem: "unclosed-quote" };

export function detectDelimiter(text: string): "," | "\t" {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/\t/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? "\t" : ",";
}

export function parseCsv(text: string): CsvParse {
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    // A line with nothing on it is not a record (trailing newline, blank separator lines).
    if (!(cells.length === 1 && cells[0]!.trim() === "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      if (ch === "\n") line++;
      cell += ch; i++; continue;
    }
    if (ch === '"' && cell === "") { quoted = true; i++; continue; }
    if (ch === delimiter) { cells.push(cell); cell = ""; i++; continue; }
    if (ch === "\r" && text[i + 1] === "\n") { i++; continue; }
    if (ch === "\n" || ch === "\r") { endRecord(); line++; recordLine = line; i++; continue; }
    cell += ch; i++;
  }
  if (quoted) return { ok: false, line: recordLine, problem: "unclosed-quote" };
  if (cell !== "" || cells.length > 0) endRecord();
  return { ok: true, delimiter, records };
}
