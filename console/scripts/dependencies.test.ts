import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The console's package.json declares what its code imports, and nothing it does not: a package
 * that only resolves because another workspace hoisted it breaks on a fresh clone or an upgrade.
 */
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const workspaceRoot = JSON.parse(readFileSync(join(root, '..', 'package.json'), 'utf8'));
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
/** The monorepo's own tooling (vitest, typescript, @types/node) is declared once, at the root. */
const rootTooling = new Set(Object.keys(workspaceRoot.devDependencies ?? {}));
/** Used without an import: types packages, codegen's preset (named in codegen.ts) and its graphql peer. */
const usedWithoutImport = new Set(['@types/react', '@types/react-dom', '@graphql-codegen/client-preset', 'graphql']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const IMPORT = /(?:^|\s)(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function importedPackages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'scripts')), join(root, 'vite.config.ts'), join(root, 'codegen.ts')]) {
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      if (!found.has(packageOf(specifier))) found.set(packageOf(specifier), file.slice(root.length + 1));
    }
  }
  return found;
}

describe('console dependencies', () => {
  const imported = importedPackages();

  it('declares every package the console imports', () => {
    const undeclared = [...imported].filter(([name]) => !declared.has(name) && !rootTooling.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(undeclared).toEqual([]);
  });

  it('imports every package it declares', () => {
    const unused = [...declared].filter((name) => !imported.has(name) && !usedWithoutImport.has(name));
    expect(unused).toEqual([]);
  });
});
