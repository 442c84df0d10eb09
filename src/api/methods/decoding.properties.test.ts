import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIMPLE_LEADS } from '../../domain/cardType';
import { editorOpeningQuery } from '../../features/editor/document/editorData';
import { runs } from '../../testing/propertyRuns';
import { answers, batchAnswers, decodingFailure } from '../testing/decodingRuns';
import { callCommand, callListCommand } from '../transport';
import { leadFieldsCommand } from './fields';
import { getLayout } from './layout';
import { leadCommands } from './leads';
import { statusesCommand } from './statuses';
import { profileCommand, searchUsersCommand } from './users';

/**
 * The client never throws an untyped error (issue 8): whatever a portal, a proxy or a broken
 * network answers, every method of the API layer, including the mapping done after decoding
 * (`fromPortal`, the editor's opening batch), resolves or rejects with a PortalError. The bodies
 * are mostly *almost* right, because a mapping step is most likely to trip over those.
 */

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
        (c) => callCommand(c, leadCommands.get(1590)),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => fc.array(s.lead, { maxLength: 3 })),
        (c) => callListCommand(c, leadCommands.list({ start: 0 })),
      ),
    ).toBeNull();
  });

  it('crm.lead.fields, profile, user.get, crm.status.list', async () => {
    expect(
      await decodingFailure(
        answers((s) => s.fields),
        (c) => callCommand(c, leadFieldsCommand()),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => s.profile),
        (c) => callCommand(c, profileCommand()),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => fc.array(s.user, { maxLength: 3 })),
        (c) => callListCommand(c, searchUsersCommand()),
      ),
    ).toBeNull();
    expect(
      await decodingFailure(
        answers((s) => fc.array(s.status, { maxLength: 3 })),
        (c) => callCommand(c, statusesCommand()),
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
