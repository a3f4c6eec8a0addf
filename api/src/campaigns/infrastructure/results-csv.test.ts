import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, resultsCsv } from './results-csv.js';

async function* batches(...records: string[][][]): AsyncGenerator<string[][]> {
  yield* records;
}

const bytesOf = (records: AsyncGenerator<string[][]>) => buffer(Readable.from(resultsCsv(records), { objectMode: false }));

describe('results CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and only those', () => {
    for (const cell of ['=1+1', '+33 6 12', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['Dupont', '1+1', 'a=b', '', '75%', "O'Brien"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('writes a BOM, semicolons, CRLF between records, quotes where needed and neutralised cells', async () => {
    // Bytes, not text: a TextDecoder would swallow the BOM.
    const bytes = await bytesOf(batches([['Nom', 'Identifiant']], [['Le Gall; Anne', '=1+1'], ['Dit "Jo"', 'ligne\ndeux']]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Nom;Identifiant\r\n"Le Gall; Anne";\'=1+1\r\n"Dit ""Jo""";"ligne\ndeux"\r\n');
  });

  it('writes what csv-stringify wrote with the options the export had, byte for byte, repeated cells included', async () => {
    // Cells drawn from what matters to quoting and formulas, many repeated from the row above.
    const alphabet = ['a', 'é', ' ', ';', '"', '\r', '\n', '=', '+', '-', '@', '\t', "'", '%', '1'];
    let seed = 15;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cell = () => Array.from({ length: Math.floor(random() * 5) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const records: string[][] = [];
    for (let row = 0; row < 2000; row += 1) records.push(Array.from({ length: 6 }, (_, column) => (row > 0 && random() < 0.5 ? records[row - 1]![column]! : cell())));
    const expected = stringify(records, {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      quoted_match: /[\r\n]/,
      cast: { string: (value) => neutraliseFormula(value) },
    });
    const bytes = await bytesOf(batches(records.slice(0, 1), records.slice(1, 1000), records.slice(1000)));
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it('writes the BOM alone for no records', async () => {
    expect([...(await bytesOf(batches()))]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
