import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The smoke test runs the whole quick bench: a PostgreSQL, five server processes in turn (~4 min
    // on a loaded 2-core machine).
    testTimeout: 420_000,
    hookTimeout: 60_000,
  },
});
