import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, resultsCsvStream } from './results-csv.js';

describe('results CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and only those', () => {
    for (const cell of ['=1+1', '+33 6 12', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['Dupont', '1+1', 'a=b', '', '75%', "O'Brien"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('writes a BOM, semicolons, CRLF between records, quotes where needed and neutralised cells', async () => {
    // Bytes, not text: a TextDecoder would swallow the BOM.
    const bytes = await buffer(Readable.from([['Nom', 'Identifiant'], ['Le Gall; Anne', '=1+1'], ['Dit "Jo"', 'ligne\ndeux']]).pipe(resultsCsvStream()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Nom;Identifiant\r\n"Le Gall; Anne";\'=1+1\r\n"Dit ""Jo""";"ligne\ndeux"\r\n');
  });
});
