import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { page, pages } from './pages.js';

const index = fileURLToPath(new URL('./naive/index.html', import.meta.url));
// inline, as the page always had it: the look costs the reference no request of its own
const look = ['./board.css', './naive/naive.css']
  .map((sheet) => readFileSync(new URL(sheet, import.meta.url), 'utf8'))
  .join('');

// The naive reference app (bench/naive), built like the editor: `vite build -c bench/vite.naive.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('./naive', import.meta.url)),
  base: './',
  plugins: [pages({ [index]: page('Naive reference (dnd-kit multiple containers)', look) }), react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/naive', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: { input: index },
  },
});
