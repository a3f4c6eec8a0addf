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
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files run in parallel, each over its own database.
    maxWorkers: 2,
    // Each file builds its own servers and database, and nothing here patches modules or the
    // environment: sharing the module cache within a worker cuts the run from about 500 s to
    // about 170 s (importing the three subgraphs took about 5 s per file).
    isolate: false,
  },
});
