import { SIMPLE_LEADS } from '../../domain/cardType';
import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorOpeningQuery } from '../../features/editor/document/editorData';
import { PortalError } from '../errors';
import { fakeFetch, testClient, TIME, type FakeReply } from '../testing/fakeFetch';
import { getLeadFields } from './fields';
import { getLayout } from './layout';
import { getLead, listLeads } from './leads';
import { listStatuses } from './statuses';
import { getProfile, searchUsers } from './users';
import { runs } from '../../testing/propertyRuns';

/**
 * The client never throws an untyped error (issue 8): whatever a portal, a proxy or a broken
 * network answers, every method of the API layer, including the mapping done after decoding
 * (`fromPortal`, the editor's opening batch), resolves or rejects with a PortalError. The bodies
 * are mostly *almost* right, because a mapping step is most likely to trip over those.
 */

const anything = fc.jsonValue({ maxDepth: 3 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: a }, anything);

/** A valid value, or the same value with one key replaced by anything (or gone). */
function nearly<T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const broken = fc.tuple(valid, fc.nat(), fc.option(anything, { nil: undefined })).map(([v, i, x]) => {
    const keys = Object.keys(v);
    const key = keys[i % Math.max(1, keys.length)] ?? 'x';
    return { ...v, [key]: x };
  });
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: anything },
  );
}

/**
 * The portal's shapes, built twice from one description: `exact` draws only answers a portal
 * gives (each must decode), `nearly` bends each part (each must decode or fail typed).
 */
type Bend = (valid: fc.Arbitrary<object>) => fc.Arbitrary<unknown>;
const exact: Bend = (valid) => valid;

function portalShapes(bend: Bend) {
  const loose = bend !== exact;
  /** A `configuration.get` result: sections, sometimes in a UI column wrapper. */
  const element = bend(
    fc.record(
      {
        name: fc.constantFrom('TITLE', 'PHONE', 'UF_CRM_1', 'NAME', 'TITLE'),
        optionFlags: fc.oneof(fc.nat(3), fc.constantFrom('0', '1', 'x', '')),
        options: fc.oneof(fc.constant([]), fc.dictionary(fc.string(), anything)),
        title: fc.string(),
      },
      { requiredKeys: ['name'] },
    ),
  );
  const section = bend(
    fc.record(
      {
        name: fc.constantFrom('main', 'more', 'main', 'x'),
        title: fc.string(),
        type: fc.constantFrom('section', 'section', 'column', ''),
        elements: fc.array(element, { maxLength: 5 }),
        data: anything,
      },
      { requiredKeys: ['name'] },
    ),
  );
  const sections = fc.array(section, { maxLength: 4 });
  const layoutResult = fc.oneof(
    sections,
    sections.map((s) => [{ type: 'column', name: 'col', elements: s }]),
    ...(loose ? [fc.constant(null), anything] : []),
  );

  const multifield = bend(
    fc.record({
      ID: fc.string(),
      VALUE: fc.string(),
      VALUE_TYPE: fc.string(),
      TYPE_ID: fc.constant('PHONE'),
    }),
  );
  /** A lead: the right keys, sometimes one of them of any type. */
  const lead = bend(
    fc.record(
      {
        ID: fc.constantFrom('1590', '1596'),
        TITLE: fc.option(fc.string(), { nil: null }),
        STATUS_ID: fc.constantFrom('NEW', 'IN_PROCESS'),
        PHONE: fc.array(multifield, { maxLength: 2 }),
        IS_RETURN_CUSTOMER: fc.constantFrom('Y', 'N'),
        UF_CRM_1: anything,
      },
      { requiredKeys: ['ID'] },
    ),
  );

  const field = bend(
    fc.record(
      {
        type: fc.constantFrom('string', 'enumeration', 'crm_multifield', 'user'),
        isRequired: fc.boolean(),
        isReadOnly: fc.boolean(),
        isImmutable: fc.boolean(),
        isMultiple: fc.boolean(),
        isDynamic: fc.boolean(),
        title: fc.string(),
        listLabel: fc.string(),
        formLabel: fc.string(),
        items: fc.array(bend(fc.record({ ID: fc.string(), VALUE: fc.string() })), { maxLength: 3 }),
      },
      {
        requiredKeys: ['type', 'isRequired', 'isReadOnly', 'isImmutable', 'isMultiple', 'isDynamic', 'title'],
      },
    ),
  );
  const fields = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.dictionary(fc.constantFrom('TITLE', 'PHONE', 'UF_CRM_1', 'NAME'), field, { maxKeys: 3 }),
    },
    ...(loose ? [{ weight: 1, arbitrary: anything }] : []),
  );
  const person = {
    ID: fc.constantFrom('1', '2'),
    NAME: fc.option(fc.string(), { nil: null }),
    LAST_NAME: fc.option(fc.string(), { nil: null }),
  };
  const user = bend(fc.record({ ...person, ACTIVE: fc.boolean() }));
  const profile = bend(fc.record({ ...person, ADMIN: fc.boolean() }));
  const status = bend(
    fc.record({
      ID: fc.string(),
      ENTITY_ID: fc.constantFrom('STATUS', 'SOURCE'),
      STATUS_ID: fc.string(),
      NAME: fc.string(),
      SORT: fc.constantFrom('10', '20'),
      SYSTEM: fc.constantFrom('Y', 'N'),
    }),
  );
  return { layoutResult, lead, fields, user, profile, status };
}

const right = portalShapes(exact);
const bent = portalShapes(nearly);

/** Generated HTTP answers of one method: those a portal gives, and anything at all. */
interface Answers {
  readonly right: fc.Arbitrary<FakeReply>;
  readonly any: fc.Arbitrary<FakeReply>;
}

const success = (result: fc.Arbitrary<unknown>): fc.Arbitrary<FakeReply> =>
  result.map((r) => ({ status: 200, json: { result: r, time: TIME } }));

/** One HTTP answer carrying `result`, or something else entirely. */
const anyAnswer = (result: fc.Arbitrary<unknown>): fc.Arbitrary<FakeReply> =>
  fc.oneof(
    { weight: 6, arbitrary: success(result) },
    {
      weight: 1,
      arbitrary: fc.record({ status: fc.constantFrom(200, 400, 401, 500, 503), json: anything }),
    },
    { weight: 1, arbitrary: fc.record({ status: fc.constantFrom(200, 502), text: fc.string() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        status: fc.constantFrom(200, 400, 403),
        json: fc.record({ error: maybe(fc.string()), error_description: maybe(fc.string()) }),
      }),
    },
  );

const answers = (pick: (shapes: typeof right) => fc.Arbitrary<unknown>): Answers => ({
  right: success(pick(right)),
  any: anyAnswer(pick(bent)),
});

/** A `batch` answer whose parts are generated by `parts`, some of them failed. */
const batchReply = (
  parts: Record<string, fc.Arbitrary<unknown>>,
  failures: fc.Arbitrary<string[]>,
): fc.Arbitrary<FakeReply> =>
  fc
    .record({
      values: fc.oneof(fc.record(parts), fc.record(parts, { requiredKeys: [] })),
      errors: failures,
      description: fc.string(),
    })
    .map(({ values, errors, description }) => ({
      status: 200,
      json: {
        result: {
          result: values,
          result_error: Object.fromEntries(
            errors.map((k) => [k, { error: '', error_description: description }]),
          ),
          result_total: [],
          result_next: [],
          result_time: [],
        },
        time: TIME,
      },
    }));

const batchAnswers = (pick: (shapes: typeof right) => Record<string, fc.Arbitrary<unknown>>): Answers => {
  const rightParts = pick(right);
  const bentParts = pick(bent);
  const everyPart = fc.record(rightParts);
  return {
    right: everyPart.map((values) => ({
      status: 200,
      json: {
        result: { result: values, result_error: [], result_total: [], result_next: [], result_time: [] },
        time: TIME,
      },
    })),
    any: fc.oneof(
      {
        weight: 6,
        arbitrary: batchReply(
          bentParts,
          fc.oneof(
            { weight: 3, arbitrary: fc.constant<string[]>([]) },
            { weight: 1, arbitrary: fc.subarray(Object.keys(bentParts)) },
          ),
        ),
      },
      { weight: 1, arbitrary: anyAnswer(anything) },
    ),
  };
};

/** `ok`: resolved; `typed`: rejected with a PortalError; otherwise the foreign error, in words. */
async function settle(run: () => Promise<unknown>): Promise<'ok' | 'typed' | string> {
  try {
    await run();
    return 'ok';
  } catch (e) {
    return e instanceof PortalError ? 'typed' : `${e instanceof Error ? e.name : typeof e}: ${String(e)}`;
  }
}

type Client = ReturnType<typeof testClient>['client'];

/**
 * Runs `call` against generated answers: every answer a portal gives must decode, and no answer at
 * all may end in a foreign error. Returns fast-check's report (seed, path, counterexample) or null.
 */
async function decodingFailure(
  replies: Answers,
  call: (client: Client) => Promise<unknown>,
): Promise<string | null> {
  const outcomeOf = async (reply: FakeReply) => {
    const { client } = testClient(fakeFetch(() => reply));
    return settle(() => call(client));
  };
  const decodes = await fc.check(
    fc.asyncProperty(replies.right, async (r) => (await outcomeOf(r)) === 'ok'),
    { numRuns: runs(100) },
  );
  if (decodes.failed) return `a portal's answer did not decode: ${fc.defaultReportMessage(decodes)}`;
  const typed = await fc.check(
    fc.asyncProperty(replies.any, async (r) => ['ok', 'typed'].includes(await outcomeOf(r))),
    { numRuns: runs(400) },
  );
  return typed.failed ? `a foreign error escaped: ${fc.defaultReportMessage(typed)}` : null;
}

// hundreds of generated bodies each: seconds on a quiet machine, more when CI shares its cores
describe('decoding: only PortalErrors, whatever the body (properties)', { timeout: runs(30_000) }, () => {
  it('configuration.get, mapped to the editor layout', async () => {
    expect(
      await decodingFailure(
        answers((s) => s.layoutResult),
        (c) => getLayout(c, { scope: 'C', card: { entity: 'lead', leadType: 'simple' } }),
      ),
    ).toBeNull();
  });

  it('crm.lead.get and crm.lead.list', async () => {
    expect(
      await decodingFailure(
        answers((s) => s.lead),
        (c) => getLead(c, 1590),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => fc.array(s.lead, { maxLength: 3 })),
        (c) => listLeads(c, { start: 0 }),
      ),
    ).toBeNull();
  });

  it('crm.lead.fields, profile, user.get, crm.status.list', async () => {
    expect(
      await decodingFailure(
        answers((s) => s.fields),
        (c) => getLeadFields(c),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => s.profile),
        (c) => getProfile(c),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => fc.array(s.user, { maxLength: 3 })),
        (c) => searchUsers(c),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => fc.array(s.status, { maxLength: 3 })),
        (c) => listStatuses(c),
      ),
    ).toBeNull();
  });

  it("the editor's opening batch, with its layouts mapped and cached", async () => {
    const replies = batchAnswers((s) => ({
      fields: s.fields,
      profile: s.profile,
      users: fc.array(s.user, { maxLength: 2 }),
      simple0: s.layoutResult,
      repeat0: s.layoutResult,
      simple1: s.layoutResult,
      repeat1: s.layoutResult,
    }));
    expect(
      await decodingFailure(replies, async (c) => {
        const options = editorOpeningQuery(c, new QueryClient(), null, SIMPLE_LEADS);
        const queryFn = options.queryFn;
        if (typeof queryFn !== 'function') throw new Error('editorOpeningQuery has no queryFn');
        return queryFn({
          queryKey: options.queryKey,
          signal: new AbortController().signal,
          meta: undefined,
          client: new QueryClient(),
        } as never);
      }),
    ).toBeNull();
  });
});
