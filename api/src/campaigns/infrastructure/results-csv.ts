import { stringify, type Stringifier } from 'csv-stringify';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"): an
 * identifier typed as `=HYPERLINK(...)` must stay text. A leading apostrophe makes it text in
 * Excel and LibreOffice without hiding the value.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

/**
 * Records (arrays of strings) in, Excel-friendly CSV out: UTF-8 with a BOM (so Excel reads the
 * accents), `;` between cells (French Excel's list separator), CRLF between records (RFC 4180,
 * what Excel expects), quotes where needed, every cell neutralised. A transform stream: it pushes back when the response is not draining.
 */
export function resultsCsvStream(): Stringifier {
  return stringify({
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // With CRLF records csv-stringify quotes only cells holding "\r\n": a bare line break must be quoted too.
    quoted_match: /[\r\n]/,
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
