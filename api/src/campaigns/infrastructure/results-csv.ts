/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"): an
 * identifier typed as `=HYPERLINK(...)` must stay text. A leading apostrophe makes it text in
 * Excel and LibreOffice without hiding the value.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

const BOM = '\ufeff';
const DELIMITER = ';';
const RECORD_DELIMITER = '\r\n';
/** A cell holding the delimiter, a quote or a line break (bare or not) is quoted, its quotes doubled. */
const NEEDS_QUOTES = /[;"\r\n]/;

/** One cell as it is written: neutralised, then quoted if it must be (what csv-stringify wrote, byte for byte). */
export function csvCell(value: string): string {
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Records (arrays of strings) in, Excel-friendly CSV out: UTF-8 with a BOM (so Excel reads the
 * accents), `;` between cells (French Excel's list separator), CRLF after every record (RFC 4180,
 * what Excel expects), quotes where needed, every cell neutralised. One string a batch of
 * records, so that the stream takes one step a batch; pulled, so the response's back-pressure
 * reaches the database cursor. The hot path of the export: most cells repeat the cell above
 * (the campaign's columns, `NA` before sharing, the same rates and dates), so each column keeps
 * its last cell's encoding and a repeated cell costs one comparison.
 * Why not csv-stringify, which wrote the export before: measured on 100,000 records of 40 cells,
 * its stream took 19.5 s of CPU and its sync API a batch at a time 2.4–2.9 s, against 0.6–0.8 s
 * here — the difference between the export keeping up with the database or not. csv-stringify
 * stays the reference: results-csv.test.ts holds this output to its own, byte for byte, over
 * 2,000 random records of the characters that matter (quotes, separators, line breaks, formulas).
 */
export async function* resultsCsv(batches: AsyncIterable<string[][]>): AsyncGenerator<string> {
  const lastValue: string[] = [];
  const lastCell: string[] = [];
  let first = true;
  for await (const records of batches) {
    let text = first ? BOM : '';
    first = false;
    for (const record of records) {
      for (let index = 0; index < record.length; index += 1) {
        const value = record[index]!;
        if (lastValue[index] !== value) {
          lastValue[index] = value;
          lastCell[index] = csvCell(value);
        }
        text += index === 0 ? lastCell[index]! : DELIMITER + lastCell[index]!;
      }
      text += RECORD_DELIMITER;
    }
    if (text !== '') yield text;
  }
  if (first) yield BOM;
}
