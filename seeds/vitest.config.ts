import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // See api/vitest.config.ts: one copy of graphql for Vite-transformed and Node-loaded code.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['../api/test/support/global-setup.ts'],
    // The determinism test generates the scale dataset three times over real PostgreSQL: about 20 s
    // on a quiet machine, past a minute on a loaded one. A limit, not a timing assertion.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
