import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { oauthAuth } from './auth';
import { PortalError } from './errors';
import { LeadFieldsSchema } from './schemas/fields';
import { PortalLayoutSchema } from './schemas/layout';
import { fakeFetch, testClient, type FakeReply } from './testing/fakeFetch';
import { runs } from '../testing/propertyRuns';

/** Anything a portal, a proxy or a broken network could hand back. */
const reply: fc.Arbitrary<FakeReply> = fc.oneof(
  fc.record({
    status: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.constantFrom(200, 503)),
    text: fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    ),
  }),
  fc.record({ status: fc.constantFrom(200, 400, 401, 404, 429, 500, 502, 503), json: fc.jsonValue() }),
  fc.record({
    status: fc.constantFrom(200, 400, 401, 503),
    json: fc.record(
      {
        result: fc.oneof(fc.jsonValue(), fc.constant([]), fc.constant(null)),
        error: fc.oneof(
          fc.string(),
          fc.jsonValue(),
          fc.constantFrom('expired_token', 'QUERY_LIMIT_EXCEEDED', ''),
        ),
        error_description: fc.jsonValue(),
        total: fc.jsonValue(),
        next: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    status: fc.constant(200),
    json: fc.record({
      result: fc.record(
        {
          result: fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('a', 'b', '0'), fc.jsonValue())),
          result_error: fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('a', 'b'), fc.jsonValue())),
          result_total: fc.jsonValue(),
          result_next: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    }),
  }),
  fc.constantFrom<FakeReply>(
    { throws: new TypeError('Failed to fetch') },
    { throws: 'a string' },
    { throws: null },
    { throws: new DOMException('x', 'AbortError') },
  ),
);

// 300 runs of CPU-bound work take about 4 s on a quiet machine: the default 5 s limit would fail
// them by chance on a busy one, so the limit is the work's, not a timing assertion.
const PROPERTY_LIMIT = { timeout: 60_000 };

describe('client contract', () => {
  it('resolves or rejects with a PortalError, whatever the answers (property)', PROPERTY_LIMIT, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(reply, { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        async (replies, useOAuth) => {
          let token = 'tok';
          const auth = oauthAuth({
            domain: 'p.bitrix24.com',
            protocol: 1,
            getToken: () => token,
            refresh: async () => {
              token = `${token}+`;
            },
          });
          const { client } = testClient(
            fakeFetch((_, i) => replies[i % replies.length] ?? 'hang'),
            useOAuth ? { auth } : {},
          );
          const attempts: Promise<unknown>[] = [
            client.call('crm.lead.fields', {}, LeadFieldsSchema),
            client.callList('crm.lead.list', { start: 0 }, z.array(z.unknown())),
            client.call('crm.lead.add', { fields: { TITLE: 'x' } }, z.number()),
            client.batch({
              a: { method: 'crm.lead.details.configuration.get', schema: PortalLayoutSchema.nullable() },
              b: { method: 'crm.lead.update', params: { id: 1 }, schema: z.boolean() },
            }),
          ];
          const outcomes = await Promise.allSettled(attempts);
          const foreign = outcomes.filter(
            (o) => o.status === 'rejected' && !(o.reason instanceof PortalError),
          );
          expect(foreign).toEqual([]);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('batch parts are always either a value or a PortalError (property)', PROPERTY_LIMIT, async () => {
    await fc.assert(
      fc.asyncProperty(reply, async (r) => {
        const { client } = testClient(fakeFetch(() => r));
        const [outcome] = await Promise.allSettled([
          client.batch({
            a: { method: 'crm.lead.fields', schema: LeadFieldsSchema },
            b: { method: 'crm.lead.get', params: { id: 1 }, schema: z.unknown() },
          }),
        ]);
        const problems =
          outcome?.status === 'fulfilled'
            ? Object.values(outcome.value).filter((p) => !p.ok && !(p.error instanceof PortalError))
            : [outcome?.reason].filter((e) => !(e instanceof PortalError));
        expect(problems).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });
});
