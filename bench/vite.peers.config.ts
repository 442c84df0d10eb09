import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const page = (name: string) => fileURLToPath(new URL(`./peers/${name}/index.html`, import.meta.url));

// The peer pages of the benchmark (bench/peers), one build: `vite build -c bench/vite.peers.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('./peers', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/peers', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: { floor: page('floor'), dndkitReact: page('dndkit-react'), pragmatic: page('pragmatic') },
    },
  },
});
