import { batchOk, fakeFetch, ok, testClient, type TestClient } from '../api/testing/fakeFetch';

/** What a fake portal answers, by REST method. */
export interface FakePortalAnswers {
  /** Results of methods called on their own, e.g. `crm.lead.get`. */
  readonly calls?: Readonly<Record<string, unknown>>;
  /**
   * Results of the commands of a batch, keyed by the method a command starts with (a command is
   * `method?query`). The first key that matches answers; a command no key matches gets no result.
   */
  readonly batch: Readonly<Record<string, unknown>>;
}

/**
 * A client on a portal that answers every request at once and never fails. A method not in
 * `calls` is answered as a batch, so a screen's opening batches need nothing more.
 */
export function fakePortal({ calls = {}, batch }: FakePortalAnswers): TestClient {
  return testClient(
    fakeFetch((req) => {
      if (Object.hasOwn(calls, req.method)) return ok(calls[req.method]);
      const cmd = (req.params['cmd'] ?? {}) as Record<string, string>;
      const result: Record<string, unknown> = {};
      for (const [key, command] of Object.entries(cmd)) {
        const method = Object.keys(batch).find((m) => command.startsWith(m));
        if (method !== undefined) result[key] = batch[method];
      }
      return batchOk({ result, result_total: Object.fromEntries(Object.keys(result).map((k) => [k, 1])) });
    }),
  );
}
