/**
 * Writes the GraphQL contract from the code: each subgraph's SDL and the composed supergraph.
 * `--check` writes nothing and fails when the committed files differ from what the code produces,
 * so that every contract change shows in review.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchemas, composeSupergraph, createLogger, subgraphSdl, SUBGRAPH_NAMES } from '@orga-spe/api';

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');

const schemas = await buildSubgraphSchemas(createLogger('silent'));
const files = new Map<string, string>();
for (const name of SUBGRAPH_NAMES) files.set(join(here, 'subgraphs', `${name}.graphql`), `${subgraphSdl(schemas[name]).trim()}\n`);
files.set(join(here, 'supergraph.graphql'), `${composeSupergraph(schemas).trim()}\n`);

const drifted = [...files].filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content);

if (check) {
  if (drifted.length) {
    console.error('The committed GraphQL schema differs from the code:');
    for (const [file] of drifted) console.error(`  - schema/${relative(here, file)}`);
    console.error('Run `npm run schema:generate` and commit schema/.');
    console.log(`schema drift: 0 passed, ${drifted.length} failed`);
    process.exit(1);
  }
  console.log(`schema drift: ${files.size} passed, 0 failed`);
} else {
  for (const [file, content] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(`wrote ${files.size} files; ${drifted.length} changed`);
}
