import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeForm, encodeForm } from '../../src/api/encode';
import { checkLayoutData } from '../../src/domain/validate';
import { ADMIN, startPortal, type TestPortal } from './harness';
import { runs } from '../../src/testing/propertyRuns';

/**
 * The client refuses a layout before sending with `checkLayoutData`; the emulator answers `set`
 * over HTTP. For generated layouts, valid and invalid, both must give the same verdict and the
 * same text (BITRIX24-API.md 1.6).
 */
let portal: TestPortal;
beforeAll(async () => {
  portal = await startPortal({ rateLimit: false });
});
afterAll(() => portal.close());

const scalar = fc.oneof(
  fc.constantFrom('', ' ', 'section', 'column', 'main', 'Title', 'TITLE', 'PHONE', '0'),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -2, max: 9 }),
);
const element = fc.oneof(
  fc.record({ name: scalar }, { requiredKeys: [] }),
  fc.record({ name: scalar, optionFlags: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant('1')) }),
);
const section = fc.record(
  {
    type: fc.constantFrom('section', '', ' ', 'included_area', 'column'),
    name: scalar,
    title: scalar,
    elements: fc.array(element, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const data = fc.oneof(
  { weight: 8, arbitrary: fc.array(section, { maxLength: 4 }) },
  { weight: 1, arbitrary: scalar },
);

async function portalVerdict(reply: { status: number; json: unknown }): Promise<string | null> {
  if (reply.status === 200) return null;
  const body = reply.json as { error_description?: string };
  return body.error_description ?? `HTTP ${reply.status}`;
}

// 2,000 generated layouts over real HTTP: seconds on a quiet machine, more when CI shares its cores
describe('validator parity between the client and the emulator', { timeout: runs(30_000) }, () => {
  it('agrees on JSON bodies (types kept)', async () => {
    await fc.assert(
      fc.asyncProperty(data, async (d) => {
        const client = checkLayoutData(d)?.message ?? null;
        const reply = await portal.json(`${ADMIN}crm.lead.details.configuration.set`, {
          scope: 'C',
          data: d,
        });
        expect(await portalVerdict(reply)).toBe(client);
      }),
      { numRuns: runs(1200) },
    );
  });

  it('agrees on form bodies as the client sends them (everything a string)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(section, { minLength: 1, maxLength: 4 }), async (d) => {
        // the client judges what the portal will receive: strings, and no empty arrays
        const body = encodeForm({ scope: 'C', data: d });
        const client = checkLayoutData(decodeForm(body)['data'])?.message ?? null;
        const res = await fetch(`${portal.url}${ADMIN}crm.lead.details.configuration.set`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        const verdict = await portalVerdict({ status: res.status, json: await res.json() });
        expect(verdict).toBe(client);
      }),
      { numRuns: runs(800) },
    );
  });
});
