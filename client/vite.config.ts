import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The Express server (API, geodata, health) the dev server forwards to. */
const apiPort = process.env.VITE_API_PORT ?? process.env.PORT ?? '3000';
const apiTarget = `http://localhost:${apiPort}`;
const proxy = Object.fromEntries(
  ['/trpc', '/geodata', '/export', '/healthz'].map((path) => [path, { target: apiTarget }]),
);

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre-gl alone is ~1 MB minified (288 kB gzipped); it is one cacheable chunk.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      // shared/ is pure declarations, but its package.json does not say `"sideEffects": false`;
      // without this, every module of its barrel (and d3) lands in the first-view chunk.
      treeshake: { moduleSideEffects: (id) => !/[\\/]shared[\\/]src[\\/]/.test(id) },
      output: {
        // Big, rarely changing libraries in their own long-cached chunks. deck.gl is left to the
        // lazy chunk of its dynamic import: a group would also take Vite's preload helper along.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
