// RFC 4180 CSV (comma or tab, chosen from the header line) with the line number each record starts on,
// so every problem can be reported where the analyst will find it in the file.

export type CsvRecord = { line: number; cells: string[] };
export type CsvParse = { ok: true; delimiter: "," | "\t"; records: CsvRecord[] } | { ok: false; line: number; problem: "unclosed-quote" };

export function detectDelimiter(text: string): "," | "\t" {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/\t/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? "\t" : ",";
}

/** Reads one quoted-aware record starting at `start`; returns its cells, where it ends and its line breaks. */
function readQuotedRecord(text: string, start: number, delimiter: string): { cells: string[]; end: number; breaks: number } | null {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let breaks = 0;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else {
        if (ch === "\n") breaks++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) { cells.push(cell); cell = ""; }
    else if (ch === "\n") break;
    else cell += ch;
  }
  if (quoted) return null;
  cells.push(cell);
  return { cells, end: i, breaks };
}

export function parseCsv(input: string): CsvParse {
  // One kind of line break (Windows, old Mac and Unix files alike).
  const text = input.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    let end = text.indexOf("\n", i);
    if (end === -1) end = text.length;
    const raw = text.slice(i, end);
    let cells: string[];
    let breaks = 0;
    if (!raw.includes('"')) {
      // The common case, a line without quotes, is split directly: this keeps large files fast.
      cells = raw.split(delimiter);
    } else {
      const record = readQuotedRecord(text, i, delimiter);
      if (!record) return { ok: false, line, problem: "unclosed-quote" };
      ({ cells, breaks } = record);
      end = record.end;
    }
    // A line with nothing on it is not a record (trailing newline, blank separator lines).
    if (!(cells.length === 1 && cells[0]!.trim() === "")) records.push({ line, cells });
    line += breaks + 1;
    i = end + 1;
  }
  return { ok: true, delimiter, records };
}
