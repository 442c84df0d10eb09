import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { PropertyTestSettings } from './src/testing/propertyRuns';

/**
 * The Content Security Policy of the built page, the same for all three modes: demo mode calls REST
 * on its own origin, webhook and frame modes call the portal over https (any portal host: cloud
 * portals live on many domains, on-premise ones anywhere), a local emulator over http on loopback.
 * Scripts and styles come only from the app's own files: no inline script, no `eval`, no CDN.
 * Images too: the app shows none but its icon (no user photos, files are named, not drawn), so a
 * portal's data cannot make a viewer's browser fetch an image from anywhere.
 * React's `style={…}` props are set through the CSSOM, which `style-src` does not govern.
 * `frame-ancestors` cannot be set from a `<meta>`; the emulator sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy into the built `index.html` only: Vite's dev server needs an inline script
 * (React Refresh) and a websocket, which the policy rightly refuses.
 */
export function contentSecurityPolicy(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      // right after the charset, before any script or style the policy must govern
      if (!charset.test(html))
        throw new Error('index.html: no <meta charset="UTF-8" /> to put the CSP after');
      return html.replace(
        charset,
        (tag) =>
          `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * `npm test` checks the same cases on every run: one fixed seed. `npm run test:fuzz` (FUZZ=1)
 * explores: a new seed each run (or FUZZ_SEED to replay one) and ten times the cases.
 */
function propertyTestSettings(): PropertyTestSettings {
  if (!process.env.FUZZ) return { seed: 20261201, runsFactor: 1 };
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`property tests: seed ${seed} (replay with FUZZ_SEED=${seed} npm run test:fuzz)`);
  return { seed, runsFactor: 10 };
}

// One config for Vite and Vitest. `base: './'` keeps asset paths relative, so the same build
// runs from the emulator, a static host, or a Bitrix24 local-app zip.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  server: {
    host: '127.0.0.1',
    port: 5174,
    strictPort: true,
    // `npm run dev` talks to an emulator started with `npm run emulator -- --port 5173`.
    proxy: { '/rest': 'http://127.0.0.1:5173' },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: {
        // zod's CSP setting (src/api/zodCsp.ts) must run before any schema is built; split into
        // chunks, the schema modules would run before the entry's own code, so it goes with zod
        manualChunks: (id) => (/node_modules\/zod\/|src\/api\/zodCsp\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
  test: {
    environment: 'node',
    // style sheets imported by components stay empty in tests; read as text (`?raw`), the style
    // tests see what is written in them
    css: { include: [/\.css\?raw$/] },
    include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.ts', 'server/**/*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
    provide: { propertyTests: propertyTestSettings() },
    // A limit only catches a hang: on a shared 2-core machine a component test that takes 2 s alone
    // takes 6 s beside other work, and vitest's default 5 s would fail it by chance. Ten times the
    // property cases (FUZZ) take ten times as long.
    testTimeout: process.env.FUZZ ? 120_000 : 30_000,
  },
});
