import { toPortal } from '../api/methods/layoutMapping';
import type { Layout } from '../domain/types';

/** JSON with object keys sorted, so equal layouts give equal text whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A short hash of what the portal would store for `layout` (its payload, keys sorted): equal for
 * layouts `sameLayout` calls equal, different (with overwhelming odds) otherwise. Not a security hash.
 */
export function layoutFingerprint(layout: Layout): string {
  const known = fingerprints.get(layout);
  if (known !== undefined) return known;
  const fingerprint = fingerprintOf(layout);
  fingerprints.set(layout, fingerprint);
  return fingerprint;
}

// Layouts are never changed in place (every edit makes a new one), so a fingerprint stays true.
const fingerprints = new WeakMap<Layout, string>();

function fingerprintOf(layout: Layout): string {
  // cyrb53: two 32-bit lanes, 53 bits of result; plenty to tell drafts apart.
  const text = canonicalJson(toPortal(layout));
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
