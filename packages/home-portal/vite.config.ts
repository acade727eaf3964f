import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API serves dist/ at `/`; in development Vite proxies GraphQL and file uploads and downloads to the API on port 4000. */
export default defineConfig({
  base: '/',
  plugins: [react()],
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
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'mantine',
              test: /[\\/]node_modules[\\/](@mantine|@floating-ui|@tabler|react-remove-scroll[^\\/]*|react-transition-group)[\\/]/,
            },
            { name: 'apollo', test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
