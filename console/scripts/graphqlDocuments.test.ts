import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphql } from '../src/gql';
import { documentTable, inlineDocuments } from './graphqlDocuments';

const gqlDirectory = join(import.meta.dirname, '..', 'src', 'gql');
const table = documentTable(readFileSync(join(gqlDirectory, 'gql.ts'), 'utf8'), readFileSync(join(gqlDirectory, 'graphql.ts'), 'utf8'));
/** Written in two pieces so that the build's own plugin leaves this file alone. */
const call = (source: string) => `graphql(${'`'}${source}${'`'})`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'gql' ? [] : sourceFiles(join(dir, entry.name))) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('graphql() documents inlined by the build', () => {
  it('sends for every document of the console the very text graphql() returns at run time', () => {
    expect(table.size).toBeGreaterThan(50);
    for (const [source, document] of table) {
      expect(document.text, document.name).toBe(String(graphql(source as never)));
    }
  });

  it('leaves no graphql() call in any screen, provider or operations file', () => {
    const files = sourceFiles(join(import.meta.dirname, '..', 'src')).filter((file) => readFileSync(file, 'utf8').includes(call('').slice(0, 9)));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const inlined = inlineDocuments(file, readFileSync(file, 'utf8'), table, '../gql/graphql');
      expect(inlined, file).not.toBeNull();
      expect(inlined, file).not.toMatch(/\bgraphql\(\s*`/);
    }
  });

  it('replaces each call by its document, keeping the lines and the code around it', () => {
    const [source, document] = [...table].find(([, candidate]) => candidate.name === 'CampaignDocument')!;
    const fragment = [...table].find(([, candidate]) => candidate.name === 'CampaignFieldsFragmentDoc')!;
    const code = `// é, ü: offsets count UTF-16 units\nexport const CAMPAIGN = ${call(source)};\n${call(fragment[0])};\nconst label = <p>Résultats</p>;\n`;
    const inlined = inlineDocuments('operations.tsx', code, table, '../gql/graphql')!;
    expect(inlined.startsWith('import { TypedDocumentString as __GraphQLDocument } from "../gql/graphql"; // é, ü')).toBe(true);
    expect(inlined).toContain(`export const CAMPAIGN = /* CampaignDocument */ /* @__PURE__ */ new __GraphQLDocument(${JSON.stringify(document.text)})`);
    expect(inlined).toContain('new __GraphQLDocument(' + JSON.stringify(fragment[1].text) + ', {"fragmentName":"CampaignFields"})');
    expect(inlined).toContain('const label = <p>Résultats</p>;');
    expect(inlined.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('fails the build on a document codegen has not seen, and ignores what is not a document', () => {
    expect(() => inlineDocuments('a.ts', `const Q = ${call('query Renamed { me { id } }')};`, table, './gql/graphql')).toThrow(/npm run codegen/);
    expect(inlineDocuments('a.ts', 'const text = `graphql`; other(`query A { a }`); graphql(name);', table, './gql/graphql')).toBeNull();
  });
});

describe('one way to talk to the API', () => {
  const files = sourceFiles(join(import.meta.dirname, '..', 'src')).map((file) => ({ file: file.slice(join(import.meta.dirname, '..').length + 1), code: readFileSync(file, 'utf8') }));

  it('sends GraphQL only through auth/graphqlClient.ts; the one other request is the CSV export download', () => {
    const fetching = files.filter(({ code }) => /\bfetch\b(?!\w)/.test(code.replace(/refetch/g, '')) || /XMLHttpRequest|['"`]\/graphql\b/.test(code)).map(({ file }) => file);
    expect(fetching.sort()).toEqual(['src/auth/graphqlClient.ts', 'src/results/csvDownload.ts']);
  });

  it('builds no document by hand: every one is a graphql() call that codegen checks', () => {
    expect(files.filter(({ code }) => /new\s+TypedDocumentString|\bgql`/.test(code)).map(({ file }) => file)).toEqual([]);
  });
});
