#!/usr/bin/env node
// Serves the built app (a folder with index.html: `dist/`, or the unpacked release zip) for GET,
// HEAD and POST. Bitrix24 opens an app page with a form POST (BITRIX24-API.md 5.1), which most
// static hosts refuse with 405; this answers it with index.html.
//   node scripts/serve-app.mjs [DIR] [--port 8080] [--host 0.0.0.0] [--portals "SOURCES"]
//   (defaults: dist, 8080 or $PORT, 127.0.0.1, $ALLOWED_PORTALS or the Bitrix24 cloud zones)
//
// Framing: only the allowed portals may frame the app (`Content-Security-Policy: frame-ancestors`),
// so no other page can put it in a frame and have a signed-in user click in it. The same list goes
// into index.html as <meta name="lcs-allowed-portals">: inside a frame whose DOMAIN is not on it,
// the app says so and sends nothing to that portal (src/app/frame/allowedPortals.ts).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

/**
 * The zones of Bitrix24's cloud portals, as the portal's own `landing` module lists them
 * (`Bitrix\Landing\Help::$domains`). A portal on its own domain (on-premise, or a cloud portal
 * with a custom domain) must be named in --portals / ALLOWED_PORTALS.
 */
const CLOUD_ZONES = [
  'bitrix24.ru',
  'bitrix24.by',
  'bitrix24.kz',
  'bitrix24.ua',
  'bitrix24.com',
  'bitrix24.de',
  'bitrix24.es',
  'bitrix24.com.br',
  'bitrix24.pl',
  'bitrix24.fr',
  'bitrix24.cn',
  'bitrix24.in',
  'bitrix24.eu',
  'bitrix24.com.tr',
  'bitrix24.it',
  'bitrix24.id',
  'bitrix24.vn',
  'bitrix24.jp',
];
const DEFAULT_PORTALS = CLOUD_ZONES.map((zone) => `https://*.${zone}`);

/** A CSP host source with a scheme: nothing that could end the header's directive or add another. */
const SOURCE = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i;

/** The allowed portals of a space- or comma-separated list; throws on anything else. */
function parsePortals(list) {
  const items = list.split(/[\s,]+/).filter((s) => s !== '');
  const bad = items.filter((s) => !SOURCE.test(s));
  if (bad.length > 0)
    throw new Error(
      `not a portal origin: ${bad.join(' ')} (expected https://HOST, https://*.DOMAIN or https://HOST:PORT)`,
    );
  if (items.length === 0) throw new Error('the list of allowed portals is empty');
  return items;
}

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

/** `index.html` with the list for the app's DOMAIN check, after the charset (or else `<head>`). */
async function indexWithPortals(file, portals) {
  const html = await readFile(file, 'utf8');
  const meta = `<meta name="lcs-allowed-portals" content="${portals.join(' ')}" />`;
  for (const anchor of [/<meta charset=[^>]*>/i, /<head[^>]*>/i])
    if (anchor.test(html)) return html.replace(anchor, (tag) => `${tag}\n    ${meta}`);
  return meta + html;
}

function createAppServer({ root, portals }) {
  const security = {
    'Content-Security-Policy': `frame-ancestors ${portals.join(' ')}`,
    'X-Content-Type-Options': 'nosniff',
  };
  return createServer(async (req, res) => {
    req.resume(); // the launch POST carries tokens the app does not need: read nothing
    if (!['GET', 'HEAD', 'POST'].includes(req.method ?? '')) {
      res.writeHead(405, { ...security, Allow: 'GET, HEAD, POST' }).end();
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
    const isIndex = path.basename(file) === 'index.html';
    const head = { ...security, 'Content-Type': type };
    if (isIndex) {
      let body;
      try {
        body = Buffer.from(await indexWithPortals(file, portals), 'utf8');
      } catch {
        res.writeHead(404, { ...security, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found (no index.html in the folder)');
        return;
      }
      res.writeHead(200, { ...head, 'Cache-Control': 'no-cache', 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...head, 'Cache-Control': 'public, max-age=31536000, immutable' });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  });
}

function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const root = path.resolve(
    args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist',
  );
  const given = option('--portals', process.env.ALLOWED_PORTALS);
  let portals;
  try {
    portals = given === undefined || given.trim() === '' ? DEFAULT_PORTALS : parsePortals(given);
  } catch (e) {
    console.error(`serve-app: --portals / ALLOWED_PORTALS: ${e.message}`);
    process.exit(2);
  }
  const server = createAppServer({ root, portals });
  server.listen(Number(option('--port', process.env.PORT ?? '8080')), option('--host', '127.0.0.1'), () => {
    const { address, port } = server.address();
    console.log(`Lead Card Studio from ${root} on http://${address}:${port}/`);
    console.log(`Allowed portals (frame-ancestors): ${portals.join(' ')}`);
  });
}

main();
