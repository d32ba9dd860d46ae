import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server proxies the API to the FlowForge server (`npm start` at the root) so that the
// browser sees one origin, exactly as in production where the server serves apps/web/dist.
const API_TARGET = process.env.FLOWFORGE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: API_TARGET,
        ws: false,
        // Server-Sent Events stay open for minutes: no proxy timeout, and no compression that
        // would make the proxy buffer the stream.
        timeout: 0,
        proxyTimeout: 0,
        headers: { 'accept-encoding': 'identity' },
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'icons', test: /node_modules[\\/]lucide-react[\\/]/ },
            { name: 'ui', test: /[\\/]src[\\/]ui[\\/]/ },
          ],
        },
      },
    },
  },
});
