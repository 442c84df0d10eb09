import { webhookAuth, type PortalAuth } from '../auth';
import { decodeForm, type PhpArray } from '../encode';
import {
  createPortalClient,
  type FetchLike,
  type PortalClient,
  type PortalClientOptions,
} from '../transport';

/** Test-only helpers: a hand-written `fetch` stub that records requests and answers from a script. */

export interface FakeRequest {
  readonly url: string;
  /** REST method from the URL (`…/crm.lead.fields.json` -> `crm.lead.fields`). */
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The body as PHP reads it. */
  readonly params: PhpArray;
  readonly signal: AbortSignal;
}

export type FakeReply =
  | { readonly status?: number; readonly json: unknown }
  | { readonly status?: number; readonly text: string }
  | { readonly throws: unknown }
  /** Never answers; rejects like fetch when the request's signal aborts. */
  | 'hang';

export type FakeHandler = (req: FakeRequest, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeFetch extends FetchLike {
  readonly requests: FakeRequest[];
}

export const TIME = {
  start: 1700000000.1,
  finish: 1700000000.2,
  duration: 0.1,
  processing: 0.05,
  date_start: '2023-11-14T22:13:20+00:00',
  date_finish: '2023-11-14T22:13:20+00:00',
};

export const ok = (result: unknown, extra: Readonly<Record<string, unknown>> = {}): FakeReply => ({
  status: 200,
  json: { result, ...extra, time: TIME },
});

export const fail = (status: number, error: string, description: string): FakeReply => ({
  status,
  json: { error, error_description: description },
});

export const batchOk = (parts: {
  result?: unknown;
  result_error?: unknown;
  result_total?: unknown;
  result_next?: unknown;
}): FakeReply =>
  ok({
    result: parts.result ?? [],
    result_error: parts.result_error ?? [],
    result_total: parts.result_total ?? [],
    result_next: parts.result_next ?? [],
    result_time: [],
  });

export function fakeFetch(handler: FakeHandler): FakeFetch {
  const requests: FakeRequest[] = [];
  const impl: FetchLike = async (url, init) => {
    const method = /\/([^/]+)\.json$/.exec(url)?.[1] ?? url;
    const req: FakeRequest = {
      url,
      method: decodeURIComponent(method),
      headers: init.headers,
      body: init.body,
      params: decodeForm(init.body),
      signal: init.signal,
    };
    requests.push(req);
    const reply = await handler(req, requests.length - 1);
    if (reply === 'hang') {
      return new Promise((_, reject) => {
        const abort = (): void => reject(new DOMException('This operation was aborted', 'AbortError'));
        if (init.signal.aborted) abort();
        init.signal.addEventListener('abort', abort, { once: true });
      });
    }
    if ('throws' in reply) throw reply.throws;
    const text = 'json' in reply ? JSON.stringify(reply.json) : reply.text;
    return { status: reply.status ?? 200, text: () => Promise.resolve(text) };
  };
  return Object.assign(impl, { requests });
}

/** Answers in order; a request beyond the script fails the test loudly. */
export function script(...replies: FakeReply[]): FakeFetch {
  return fakeFetch((req, i) => {
    const reply = replies[i];
    if (reply === undefined) throw new Error(`unexpected request #${i + 1}: ${req.method}`);
    return reply;
  });
}

export const WEBHOOK = 'https://b24-test.bitrix24.com/rest/1/abcdefsecret42/';

export interface TestClient {
  readonly client: PortalClient;
  readonly fetch: FakeFetch;
  /** Delays the client waited, in order. */
  readonly sleeps: number[];
}

/** A client on a fake fetch: instant sleeps (recorded), jitter factor exactly 1. */
export function testClient(
  fetch: FakeFetch,
  opts: Partial<PortalClientOptions> & { auth?: PortalAuth } = {},
): TestClient {
  const sleeps: number[] = [];
  const client = createPortalClient({
    auth: webhookAuth(WEBHOOK),
    fetch,
    random: () => 0.5,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...opts,
  });
  return { client, fetch, sleeps };
}
