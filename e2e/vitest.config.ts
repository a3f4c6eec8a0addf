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
    include: ['api/**/*.test.ts', 'browser/**/*.test.ts', 'suites/**/*.test.ts'],
    // Each journey file starts the real application (embedded PostgreSQL included) as a child
    // process: no global setup, one file at a time (two cores), generous timeouts.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
