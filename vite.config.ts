import { defineConfig } from 'vite';

/** Builds the explorer in web/ into dist/web, which the Express server serves; dev proxies /api to it. */
export default defineConfig({
  root: 'web',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // cytoscape alone is ~500 kB minified
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // the Cypher editor's CodeMirror in a chunk of its own: cached apart from the app, loaded in parallel
        codeSplitting: { groups: [{ name: 'codemirror', test: /node_modules[\\/]@(codemirror|lezer|marijn)[\\/]|node_modules[\\/](crelt|style-mod|w3c-keyname)[\\/]/ }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
