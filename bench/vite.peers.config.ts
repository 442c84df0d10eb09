import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { page, pages } from './pages.js';

/** Each peer page: its input name and its folder under bench/peers. */
const PEERS = { floor: 'floor', dndkitReact: 'dndkit-react', pragmatic: 'pragmatic' } as const;
const indexOf = (dir: string) => fileURLToPath(new URL(`./peers/${dir}/index.html`, import.meta.url));

// The peer pages of the benchmark (bench/peers), one build: `vite build -c bench/vite.peers.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('./peers', import.meta.url)),
  base: './',
  plugins: [
    pages(
      Object.fromEntries(Object.values(PEERS).map((dir) => [indexOf(dir), page(`Benchmark peer: ${dir}`)])),
    ),
    react(),
  ],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/peers', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: Object.fromEntries(Object.entries(PEERS).map(([name, dir]) => [name, indexOf(dir)])),
    },
  },
});
