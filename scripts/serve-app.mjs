#!/usr/bin/env node
// Serves the built app (a folder with index.html: `dist/`, or the unpacked release zip) for GET,
// HEAD and POST. Bitrix24 opens an app page with a form POST (BITRIX24-API.md 5.1), which most
// static hosts refuse with 405; this answers it with index.html.
//   node scripts/serve-app.mjs [DIR] [--port 8080] [--host 0.0.0.0]     (defaults: dist, 8080, 127.0.0.1)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = path.resolve(
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist',
);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const isFile = (file) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

const server = createServer(async (req, res) => {
  req.resume(); // the launch POST carries tokens the app does not need: read nothing
  if (!['GET', 'HEAD', 'POST'].includes(req.method ?? '')) {
    res.writeHead(405, { Allow: 'GET, HEAD, POST' }).end();
    return;
  }
  let pathname = '/';
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    // a malformed path: serve the app
  }
  const wanted = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  const inside = wanted.startsWith(root + path.sep);
  const file = inside && (await isFile(wanted)) ? wanted : path.join(root, 'index.html');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
  if (req.method === 'HEAD') res.end();
  else
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
});

server.listen(Number(option('--port', process.env.PORT ?? '8080')), option('--host', '127.0.0.1'), () => {
  const { address, port } = server.address();
  console.log(`Lead Card Studio from ${root} on http://${address}:${port}/`);
});
