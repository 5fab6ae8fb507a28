import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The dev server proxies the sync socket and the JSON API to `npm run dev:server` (port 5174)
// so `npm run dev` behaves like the single-port production build.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/sync': { target: 'ws://127.0.0.1:5174', ws: true },
      '/api': 'http://127.0.0.1:5174',
      '/healthz': 'http://127.0.0.1:5174',
    },
  },
  // No source maps in the build: the server would hand them to anyone (3 MB of our sources).
  // The editor's core (React 19, React Flow) is about 600 kB; rarely used parts (the export and
  // import dialogs, the headless export hook) are chunks of their own already.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 650 },
})
