import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

/**
 * The API serves dist/ at `/`; in development Vite proxies GraphQL and file uploads and downloads to the API on port 4000.
 * Every asset is also written brotli- and gzip-compressed at their strongest settings, so the server
 * sends it compressed without spending a cycle per request; the manifest tells the size budget (and
 * the bench) which chunks each route loads.
 */
/** Mantine's ScrollArea takes its one floating-ui hook from src/app/scrollAreaRefs.ts (see there why). */
const scrollAreaWithoutFloatingUi: Plugin = {
  name: 'scroll-area-without-floating-ui',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '@floating-ui/react' && importer && /[\\/]ScrollArea[\\/]ScrollArea\.mjs$/.test(importer)) {
      return fileURLToPath(new URL('./src/app/scrollAreaRefs.ts', import.meta.url));
    }
    return null;
  },
};

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    scrollAreaWithoutFloatingUi,
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 0,
      skipIfLargerOrEqual: true,
    }),
  ],
  resolve: {
    // @mantine/hooks imports react-dom without declaring it; resolved from its own folder it finds the
    // API's React 18 (for the playground) and ships a second React. One copy, this package's.
    dedupe: ['react', 'react-dom'],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': { target: 'http://localhost:4000' }, '/files': { target: 'http://localhost:4000' } },
  },
  preview: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': { target: 'http://localhost:4000' }, '/files': { target: 'http://localhost:4000' } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // React is on every page and changes least: its own chunk stays cached across releases. Everything
        // else is split by use, so a page loads only the library code it needs. Mantine's core (theme, Box,
        // styles API) and its hooks are one chunk each, which every signed-in screen needs anyway: split by
        // use, their small shared helpers landed in whichever chunk used them first, and a screen then
        // loaded that chunk whole (the notifications container, for one). use-drag stays out: only the
        // notifications' swipe needs it. A screen that shows a notification needs only its store (1 kB),
        // not the container that draws them (9 kB), which AppProviders fetches after the first screen.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'mantine-core', test: /[\\/]node_modules[\\/]@mantine[\\/]core[\\/]esm[\\/]core[\\/]/ },
            { name: 'mantine-hooks', test: /[\\/]node_modules[\\/]@mantine[\\/]hooks[\\/](?!esm[\\/]use-drag[\\/])/ },
            {
              name: 'notifications-store',
              test: /[\\/]node_modules[\\/]@mantine[\\/](notifications[\\/]esm[\\/]notifications\.store\.mjs$|store[\\/])/,
            },
          ],
        },
      },
    },
  },
});
