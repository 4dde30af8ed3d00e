import { defineConfig } from 'vite';

/** Builds the explorer in web/ into dist/web, which the Express server serves; dev proxies /api to it. */
export default defineConfig({
  root: 'web',
  // cytoscape alone is ~500 kB minified
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
