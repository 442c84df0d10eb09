// Prints the JavaScript the first screen loads, gzipped (zlib level 6, as bench/measure.ts counts
// it): the entry with every chunk it imports statically, plus the one interface catalogue that
// main.tsx fetches before its first render. Dialogs, the connect screen, the frame app and the
// preview are dynamic imports and are left out. Needs a build with a manifest:
//   npx vite build --manifest && node scripts/first-screen-js.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error(`no ${join(dist, '.vite', 'manifest.json')}: build with \`npx vite build --manifest\` first`);
  process.exit(1);
}

/** The chunk of `key` and everything it imports statically, each once. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(next, seen);
  return seen;
}
const gzipKB = (keys) =>
  [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(join(dist, manifest[k].file))).length, 0) / 1024;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry) throw new Error('the manifest names no entry');
const shell = closure(entry);
const shellKB = gzipKB(shell);
console.log(`entry and its static imports: ${shellKB.toFixed(1)} KB gzip (${shell.size} chunks)`);
for (const lang of ['en', 'ru']) {
  const key = `src/i18n/messages/${lang}.ts`;
  if (!manifest[key]) {
    console.log(`${lang}: not a chunk of its own (bundled with the entry)`);
    continue;
  }
  const extra = new Set([...closure(key)].filter((k) => !shell.has(k)));
  console.log(`first screen in ${lang}: ${(shellKB + gzipKB(extra)).toFixed(1)} KB gzip`);
}
