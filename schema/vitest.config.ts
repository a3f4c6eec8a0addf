import { defineConfig } from 'vitest/config';

// graphql-inspector loaded by Node (ESM) and graphql loaded through Vite would be two copies of
// graphql ("from another module or realm"): let Vite load the inspector too.
export default defineConfig({ test: { include: ['*.test.ts'], server: { deps: { inline: ['@graphql-inspector/core'] } } } });
