/**
 * The rate limit (BITRIX24-API.md 4.6): the leaky bucket over HTTP and with a fake clock.
 */
import { describe, expect, it } from 'vitest';
import { LeakyBucket } from '../rateLimit';
import { ADMIN, portalForFile, startPortal } from './harness';

const portal = portalForFile();

describe('rate limit (4.6)', () => {
  it('a burst of 50 passes, the 51st gets 503 QUERY_LIMIT_EXCEEDED; a batch counts once', async () => {
    const limited = await startPortal({ rateLimit: { capacity: 50, drainPerSecond: 0.01 } });
    try {
      const cmd = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, 'profile']));
      const burst = await Promise.all([
        ...Array.from({ length: 49 }, () => fetch(`${limited.url}${ADMIN}profile`).then((r) => r.status)),
        limited.form(`${ADMIN}batch`, { cmd }).then((r) => r.status),
      ]);
      expect(burst.every((s) => s === 200)).toBe(true);
      const over = await limited.get(`${ADMIN}profile`);
      expect(over.status).toBe(503);
      expect(over.json).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
      expect(over.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await limited.close();
    }
  });

  it('the bucket: 50 at once, then one more per half second (fake clock)', () => {
    const bucket = new LeakyBucket(undefined, undefined, 0);
    for (let i = 0; i < 50; i++) expect(bucket.take(0)).toBe(true);
    expect(bucket.take(0)).toBe(false);
    expect(bucket.take(400)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    expect(bucket.take(500)).toBe(false);
    expect([...Array(10)].map(() => bucket.take(5500)).filter(Boolean)).toHaveLength(10);
  });

  it('is off with rateLimit: false', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 80 }, () => fetch(`${portal.url}${ADMIN}profile`).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
