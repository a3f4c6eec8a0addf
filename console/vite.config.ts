import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :4000 (ORGA_API_URL to change it); in production it serves dist/
// itself on the same origin.
const api = process.env.ORGA_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
      '/exports': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin with MUI weighs ~800 kB minified (~260 kB gzipped) before any screen of ours.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Libraries in their own chunk: a console release then leaves the browser cache of it valid.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
});
