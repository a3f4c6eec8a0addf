import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { graphqlDocuments } from './scripts/graphqlDocuments.ts';

// In development the API runs on :4000 (ORGA_API_URL to change it); in production it serves dist/
// itself on the same origin.
const api = process.env.ORGA_API_URL ?? 'http://localhost:4000';

/**
 * Writes `<file>.br` and `<file>.gz` next to every built script and style sheet, compressed once
 * at the highest levels; the API serves them with `Content-Encoding` to browsers that accept it
 * (api/src/app.ts `serveConsole`), so no request pays for compression.
 */
function precompress(): Plugin {
  return {
    name: 'orga-precompress',
    apply: 'build',
    writeBundle(options) {
      const assets = join(options.dir ?? 'dist', 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const content = readFileSync(join(assets, name));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(content, { level: 9 }));
        writeFileSync(
          join(assets, `${name}.br`),
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocuments({ artifactDirectory: join(import.meta.dirname, 'src/gql') }), react(), precompress()],
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
      '/exports': api,
      // The token endpoint of partner clients: the "Partenaires" secret dialog's curl line points here.
      '/oauth': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin with MUI weighs ~800 kB minified (~260 kB gzipped) before any screen of ours;
    // public pages (layout/publicRoutes.tsx) load none of it.
    chunkSizeWarningLimit: 1000,
    // src/gql/graphql.ts builds every document at load (`new TypedDocumentString(…)`): declared
    // pure, the ones no screen imports any more (scripts/graphqlDocuments.ts inlines them) go.
    rolldownOptions: { treeshake: { manualPureFunctions: ['TypedDocumentString'] } },
    // No vendor group: one chunk of every library would make a public page download react-admin.
    // The bundler's own splitting puts what public pages and the console share in common chunks.
  },
});
