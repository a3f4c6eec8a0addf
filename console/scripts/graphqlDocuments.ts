import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseSync, Visitor, type ESTree, type Plugin } from 'vite';

/**
 * What the client preset's babel/swc plugins do, for a Vite build on Rolldown (no Babel or SWC
 * pass to hang them on): each `graphql(`…`)` call becomes the document codegen generated for it,
 * written where it is used. Left to itself, `graphql()` looks the text up in the table of every
 * document of the console (src/gql/gql.ts), so every page downloaded all of them; importing the
 * generated constants instead would still put them all in one shared chunk, since a bundler
 * never splits a module. Inlined, a page carries only the documents of its own screens.
 *
 * The text is codegen's, read from src/gql/ (the operation with the fragments it spreads), so
 * what is sent is exactly what `graphql()` returned; a call codegen does not know (src/gql/ older
 * than the operations) fails the build: run `npm run codegen`.
 */
export interface GeneratedDocument {
  /** The constant of src/gql/graphql.ts (`CampaignsDocument`). */
  name: string;
  /** The text sent to the API, fragments included. */
  text: string;
  /** Codegen's second argument (`{"fragmentName":"CampaignFields"}`) as source, if any. */
  meta: string | null;
}

type Node = ESTree.Node & { start: number; end: number };

function parse(file: string, code: string) {
  const result = parseSync(file, code);
  if (result.errors.length) throw new Error(`${file}: ${result.errors[0]!.message}`);
  return result.program;
}

/** A template literal without `${}`: its text; anything else is not a document. */
function templateText(node: ESTree.Node | undefined): string | null {
  if (node?.type !== 'TemplateLiteral' || node.expressions.length) return null;
  return node.quasis[0]!.value.cooked ?? null;
}

/** Source text of each `graphql()` call → its generated document, from codegen's gql.ts and graphql.ts. */
export function documentTable(gqlSource: string, graphqlSource: string): Map<string, GeneratedDocument> {
  const generated = new Map<string, GeneratedDocument>();
  new Visitor({
    VariableDeclarator(declarator) {
      const init = declarator.init?.type === 'TSAsExpression' ? declarator.init.expression : declarator.init;
      if (declarator.id.type !== 'Identifier' || init?.type !== 'TSAsExpression' || init.expression.type !== 'NewExpression') return;
      const created = init.expression;
      const text = templateText(created.arguments[0]);
      if (created.callee.type !== 'Identifier' || created.callee.name !== 'TypedDocumentString' || text === null) return;
      const meta = created.arguments[1] as Node | undefined;
      generated.set(declarator.id.name, { name: declarator.id.name, text, meta: meta ? graphqlSource.slice(meta.start, meta.end) : null });
    },
  }).visit(parse('graphql.ts', graphqlSource));

  const table = new Map<string, GeneratedDocument>();
  new Visitor({
    VariableDeclarator(declarator) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== 'documents' || declarator.init?.type !== 'ObjectExpression') return;
      for (const property of declarator.init.properties) {
        if (property.type !== 'Property' || property.key.type !== 'Literal' || typeof property.key.value !== 'string') continue;
        if (property.value.type !== 'MemberExpression' || property.value.property.type !== 'Identifier') continue;
        const document = generated.get(property.value.property.name);
        if (document) table.set(property.key.value, document);
      }
    },
  }).visit(parse('gql.ts', gqlSource));
  return table;
}

/**
 * The module with each `graphql(`…`)` call replaced by its document; null when it has none.
 * `importPath` is where the module imports codegen's TypedDocumentString class from.
 */
export function inlineDocuments(file: string, code: string, table: ReadonlyMap<string, GeneratedDocument>, importPath: string): string | null {
  const calls: { start: number; end: number; document: GeneratedDocument }[] = [];
  new Visitor({
    CallExpression(call) {
      if (call.callee.type !== 'Identifier' || call.callee.name !== 'graphql' || call.arguments.length !== 1) return;
      const source = templateText(call.arguments[0]);
      if (source === null) return;
      const document = table.get(source);
      if (!document) throw new Error(`${file}: a graphql() document that src/gql/ does not know; run \`npm run codegen -w @orga-spe/console\``);
      const { start, end } = call as Node;
      calls.push({ start, end, document });
    },
  }).visit(parse(file, code));
  if (!calls.length) return null;

  let out = code;
  for (const { start, end, document } of calls.sort((a, b) => b.start - a.start)) {
    const args = [JSON.stringify(document.text), ...(document.meta ? [document.meta] : [])].join(', ');
    // Same lines as before, so positions in the rest of the module hold.
    const lines = '\n'.repeat(code.slice(start, end).split('\n').length - 1);
    out = `${out.slice(0, start)}/* ${document.name} */ /* @__PURE__ */ new __GraphQLDocument(${args})${lines}${out.slice(end)}`;
  }
  return `import { TypedDocumentString as __GraphQLDocument } from ${JSON.stringify(importPath)}; ${out}`;
}

/** The Vite plugin: `artifactDirectory` is codegen's output (src/gql). */
export function graphqlDocuments({ artifactDirectory }: { artifactDirectory: string }): Plugin {
  const gqlFile = join(artifactDirectory, 'gql.ts');
  const graphqlFile = join(artifactDirectory, 'graphql.ts');
  let cached: { stamp: string; table: Map<string, GeneratedDocument> } | null = null;
  const table = () => {
    // Read again after `npm run codegen`, so a running dev server picks the new documents up.
    const stamp = `${statSync(gqlFile).mtimeMs}:${statSync(graphqlFile).mtimeMs}`;
    if (cached?.stamp !== stamp) cached = { stamp, table: documentTable(readFileSync(gqlFile, 'utf8'), readFileSync(graphqlFile, 'utf8')) };
    return cached.table;
  };
  return {
    name: 'orga-graphql-documents',
    enforce: 'pre',
    transform: {
      filter: { id: /\.tsx?$/, code: 'graphql(`' },
      handler(code, id) {
        const file = id.split('?')[0]!;
        if (file.startsWith(artifactDirectory) || file.includes('/node_modules/')) return null;
        let importPath = relative(dirname(file), graphqlFile).replace(/\.ts$/, '');
        if (!importPath.startsWith('.')) importPath = `./${importPath}`;
        const inlined = inlineDocuments(file, code, table(), importPath);
        return inlined === null ? null : { code: inlined, map: null };
      },
    },
  };
}
