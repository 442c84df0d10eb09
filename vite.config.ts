import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for Vite and Vitest. `base: './'` keeps asset paths relative, so the same build
// runs from the emulator, a static host, or a Bitrix24 local-app zip.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5174,
    strictPort: true,
    // `npm run dev` talks to an emulator started with `npm run emulator -- --port 5173`.
    proxy: { '/rest': 'http://127.0.0.1:5173' },
  },
  build: { outDir: 'dist', chunkSizeWarningLimit: 1024 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.ts', 'server/**/*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
  },
});
