// `npm run migration:create -w @orga-spe/api -- <name>`: writes an empty, hand-written migration
// (migrations/Migration<UTC yyyyMMddHHmmss>_<name>.ts) and lists it in migrations/index.ts, the
// list the migrator runs (a test fails when a file is missing from it). Fill in up() and down().
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9_]*$/.test(name)) {
  console.error('usage: npm run migration:create -w @orga-spe/api -- <snake_case_name>');
  process.exit(1);
}

const folder = fileURLToPath(new URL('../migrations/', import.meta.url));
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const className = `Migration${stamp}_${name}`;
const file = join(folder, `${className}.ts`);
if (existsSync(file)) throw new Error(`${file} exists already`);

writeFileSync(
  file,
  `import { Migration } from '@mikro-orm/migrations';

/** TODO: say what this changes and why (the issue it serves). */
export class ${className} extends Migration {
  override async up(): Promise<void> {
    this.addSql(\`\`);
  }

  override async down(): Promise<void> {
    this.addSql(\`\`);
  }
}
`,
);

const indexFile = join(folder, 'index.ts');
const index = readFileSync(indexFile, 'utf8')
  .replace(/\n\n\/\*\*/, `\nimport { ${className} } from './${className}.js';\n\n/**`)
  .replace(/\n\];\s*$/, `\n  { name: '${className}', class: ${className} },\n];\n`);
writeFileSync(indexFile, index);
console.log(`Wrote migrations/${className}.ts and listed it in migrations/index.ts.`);
