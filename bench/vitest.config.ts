import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The smoke test runs the whole quick bench: a PostgreSQL, five server processes in turn.
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
