import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM without an exports map: Node (and so type-graphql, Apollo)
    // loads the CJS build while Vite would pick the ESM one, and graphql refuses two copies.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files run in parallel, each over its own database.
    maxWorkers: 2,
    // Each file builds its own servers and database, and nothing here patches modules or the
    // environment: sharing the module cache within a worker cuts the run from about 500 s to
    // about 170 s (importing the three subgraphs took about 5 s per file).
    isolate: false,
    // Two projects, both run by `vitest run` (so by npm test). `unit`: the files beside the code
    // in src/ (domain rules over builders and in-memory ports, pure helpers), with no database —
    // `npx vitest run --project unit` takes seconds. `integration`: test/, over a real PostgreSQL
    // that its global setup starts once (vitest runs a project's global setup only when files of
    // that project run).
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], globalSetup: ['test/support/global-setup.ts'] } },
    ],
  },
});
