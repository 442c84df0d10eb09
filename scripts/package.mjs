#!/usr/bin/env node
// `npm run package`: builds the app and writes release/lead-card-studio-<version>.zip, ready to
// upload to Bitrix24 as a static local application (Developer resources → Other → Local
// application → static): index.html at the root of the zip, asset paths relative (vite
// `base: './'`), no source maps. The zip is written with node:zlib (no dependencies) and read back
// to check every entry before the script reports success.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

// 1. A fresh production build (no source maps: vite's default).
if (!process.argv.includes('--no-build')) {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('vite build failed');
}

// 2. Check what Bitrix24 needs: index.html at the root, every local reference relative.
const index = readFileSync(path.join(DIST, 'index.html'), 'utf8');
const absolute = [...index.matchAll(/\b(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1]);
if (absolute.length > 0) fail(`index.html has absolute paths (${absolute.join(', ')}); keep vite base './'`);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}
const files = walk(DIST)
  .map((file) => path.relative(DIST, file).split(path.sep).join('/'))
  .filter((file) => !file.endsWith('.map'))
  .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));

// 3. The zip: local headers + data, central directory, end record (APPNOTE 6.3, no zip64 needed).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 =
  zlib.crc32 ??
  ((buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  });

/** MS-DOS date and time of `SOURCE_DATE_EPOCH` (reproducible builds) or now. */
function dosDateTime() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const d = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  const date = ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return { time, date };
}

function zip(entries) {
  const { time, date } = dosDateTime();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name: entryName, data } of entries) {
    const nameBuf = Buffer.from(entryName, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    // the fields from "version needed" to the name's length: the same in both headers
    const shared = Buffer.alloc(26);
    shared.writeUInt16LE(20, 0); // version needed: 2.0
    shared.writeUInt16LE(0x0800, 2); // names are UTF-8
    shared.writeUInt16LE(stored ? 0 : 8, 4);
    shared.writeUInt16LE(time, 6);
    shared.writeUInt16LE(date, 8);
    shared.writeUInt32LE(crc, 10);
    shared.writeUInt32LE(body.length, 14);
    shared.writeUInt32LE(data.length, 18);
    shared.writeUInt16LE(nameBuf.length, 22);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    shared.copy(head, 4);
    locals.push(head, nameBuf, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: UNIX, 2.0
    shared.copy(central, 6);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += head.length + nameBuf.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Reads the central directory back and inflates every entry: what an unzipper would do. */
function verify(buf, entries) {
  const endAt = buf.length - 22;
  if (buf.readUInt32LE(endAt) !== 0x06054b50) fail('zip check: no end record');
  let at = buf.readUInt32LE(endAt + 16);
  for (const expected of entries) {
    if (buf.readUInt32LE(at) !== 0x02014b50) fail('zip check: broken central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    const data = method === 8 ? zlib.inflateRawSync(raw) : raw;
    if (
      entryName !== expected.name ||
      !data.equals(expected.data) ||
      crc32(data) !== buf.readUInt32LE(at + 16)
    )
      fail(`zip check: ${entryName} does not read back`);
    at += 46 + nameLen;
  }
}

const entries = files.map((file) => ({ name: file, data: readFileSync(path.join(DIST, file)) }));
const archive = zip(entries);
verify(archive, entries);
const outDir = path.join(ROOT, 'release');
mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, `${name}-${version}.zip`);
writeFileSync(out, archive);
console.log(
  `\n  ${path.relative(ROOT, out)}  (${(archive.length / 1024).toFixed(1)} KB, ${entries.length} files)`,
);
for (const e of entries) console.log(`    ${e.name}`);
console.log(
  '\n  Upload it on the portal: Developer resources → Other → Local application → static (see README).\n',
);
