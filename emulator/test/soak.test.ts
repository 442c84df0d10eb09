/**
 * A bounded soak on loopback: 10,000 REST requests (reads, writes, batches and a few hostile
 * ones), at most 20 in flight, with the rate limit off. Every lane owns what it writes, so the
 * last write of each lead and layout is known; afterwards the portal (in memory and reopened from
 * disk) holds exactly that.
 */
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../request';
import { ADMIN, MANAGER, dig, startPortal, toForm, type TestPortal } from './harness';

const REQUESTS = 10_000;
const LANES = 20;
const SEEDED_LEADS = 30;

let portal: TestPortal | undefined;
afterAll(() => portal?.close());

interface Answer {
  readonly status: number;
  readonly json: unknown;
}

/** Keep-alive connections, one per lane: `fetch` costs more CPU than the emulator itself here. */
const agent = new Agent({ keepAlive: true, maxSockets: LANES });
afterAll(() => agent.destroy());

/** POSTs a form body and parses the JSON answer. */
function send(url: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A small deterministic PRNG (mulberry32), so a failing soak can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LayoutKey {
  readonly hook: string;
  readonly scope: 'C' | 'P';
  readonly leadCustomerType: 1 | 2;
}

/** Layout keys, one per lane at most: lane i writes LAYOUT_KEYS[i] only. */
const LAYOUT_KEYS: readonly LayoutKey[] = [
  { hook: ADMIN, scope: 'C', leadCustomerType: 1 },
  { hook: ADMIN, scope: 'C', leadCustomerType: 2 },
  { hook: ADMIN, scope: 'P', leadCustomerType: 1 },
  { hook: MANAGER, scope: 'P', leadCustomerType: 2 },
];
const CODES = ['TITLE', 'NAME', 'LAST_NAME', 'PHONE', 'EMAIL', 'STATUS_ID', 'SOURCE_ID', 'COMMENTS', 'POST'];

function layoutData(rand: () => number, n: number): unknown[] {
  const shuffled = [...CODES].sort(() => rand() - 0.5);
  const cut = 1 + Math.floor(rand() * (shuffled.length - 1));
  return [
    {
      name: 'main',
      title: `Main ${n}`,
      type: 'section',
      elements: shuffled.slice(0, cut).map((name) => ({ name, optionFlags: rand() < 0.5 ? 1 : 0 })),
    },
    {
      name: 'more',
      title: `More ${n}`,
      type: 'section',
      elements: shuffled.slice(cut).map((name) => ({ name, optionFlags: 0 })),
    },
  ];
}

const shape = (sections: unknown) =>
  (sections as { name: string; title: string; elements: { name: string; optionFlags: unknown }[] }[]).map(
    (s) => ({
      name: s.name,
      title: s.title,
      elements: s.elements.map((e) => [e.name, Number(e.optionFlags)]),
    }),
  );

it(`serves ${REQUESTS} mixed requests, ${LANES} at a time, and its store holds exactly the last writes`, async () => {
  portal = await startPortal();
  let base = portal.url;
  const started = performance.now();
  const leads = new Map<number, string>(); // lead id -> last TITLE written
  const deleted = new Set<number>();
  const layouts = new Map<LayoutKey, unknown[]>();
  const counts = { reads: 0, writes: 0, batches: 0, hostile: 0, unexpected: [] as string[] };
  let issued = 0;

  const post = (path: string, params: unknown): Promise<Answer> =>
    send(base + path, toForm(params).join('&'));
  const expectOk = (what: string, reply: Answer): unknown => {
    if (reply.status !== 200 || dig(reply.json, 'error') !== undefined)
      counts.unexpected.push(`${what}: ${reply.status} ${JSON.stringify(reply.json).slice(0, 200)}`);
    return dig(reply.json, 'result');
  };

  async function lane(index: number): Promise<void> {
    const rand = prng(0x5eed + index);
    const own: number[] = [];
    const layoutKey = LAYOUT_KEYS[index];
    let n = 0;
    while (issued < REQUESTS) {
      issued++;
      n++;
      const r = rand();
      if (r < 0.06 || own.length === 0) {
        const title = `Soak ${index}-${n} <b>&amp; "ü"</b>`;
        const id = Number(expectOk('add', await post(`${ADMIN}crm.lead.add`, { fields: { TITLE: title } })));
        own.push(id);
        leads.set(id, title);
        counts.writes++;
      } else if (r < 0.14) {
        const id = own[Math.floor(rand() * own.length)] ?? 0;
        const title = `Updated ${index}-${n} 😀`;
        expectOk('update', await post(`${ADMIN}crm.lead.update`, { id, fields: { TITLE: title } }));
        leads.set(id, title);
        counts.writes++;
      } else if (r < 0.16 && own.length > 1) {
        const id = own.splice(Math.floor(rand() * own.length), 1)[0] ?? 0;
        expectOk('delete', await post(`${ADMIN}crm.lead.delete`, { id }));
        leads.delete(id);
        deleted.add(id);
        counts.writes++;
      } else if (r < 0.2 && layoutKey) {
        const data = layoutData(rand, n);
        const { hook, scope, leadCustomerType } = layoutKey;
        expectOk(
          'configuration.set',
          await post(`${hook}crm.lead.details.configuration.set`, {
            scope,
            extras: { leadCustomerType },
            data,
          }),
        );
        layouts.set(layoutKey, data);
        counts.writes++;
      } else if (r < 0.5) {
        // read your own writes: the title just written comes back
        const id = own[Math.floor(rand() * own.length)] ?? 0;
        const title = dig(expectOk('get', await post(`${ADMIN}crm.lead.get`, { id })), 'TITLE');
        if (title !== leads.get(id))
          counts.unexpected.push(`get ${id}: ${String(title)} != ${leads.get(id)}`);
        counts.reads++;
      } else if (r < 0.65) {
        expectOk(
          'list',
          await post(`${ADMIN}crm.lead.list`, { start: Math.floor(rand() * 3) * 50, order: { ID: 'DESC' } }),
        );
        counts.reads++;
      } else if (r < 0.8) {
        const cmd = Object.fromEntries(own.slice(0, 5).map((id, i) => [`g${i}`, `crm.lead.get?id=${id}`]));
        expectOk(
          'batch',
          await post(`${ADMIN}batch`, { halt: 0, cmd: { ...cmd, p: 'profile', f: 'crm.lead.fields' } }),
        );
        counts.batches++;
      } else if (r < 0.98) {
        const key = LAYOUT_KEYS[Math.floor(rand() * LAYOUT_KEYS.length)] ?? LAYOUT_KEYS[0];
        if (key) {
          const { hook, scope, leadCustomerType } = key;
          expectOk(
            'configuration.get',
            await post(`${hook}crm.lead.details.configuration.get`, { scope, extras: { leadCustomerType } }),
          );
        }
        counts.reads++;
      } else {
        // hostile: each is refused cleanly and the lane goes on
        const kind = Math.floor(rand() * 4);
        const body =
          kind === 0
            ? 'fields[TITLE]=%E2%82'
            : kind === 1
              ? `fields${'[x]'.repeat(40)}=1`
              : kind === 2
                ? 'fields[TITLE]=50%'
                : `fields[TITLE]=${'h'.repeat(rand() < 0.1 ? MAX_BODY_BYTES : 10)}`;
        const res = await send(`${base}${ADMIN}crm.lead.add`, body);
        const json = res.json as { result?: unknown; error?: string };
        if (kind === 3 && res.status === 200) {
          // the small one is a normal add
          const id = Number(json.result);
          own.push(id);
          leads.set(id, dig(expectOk('get', await post(`${ADMIN}crm.lead.get`, { id })), 'TITLE') as string);
          issued++;
        } else if (res.status < 400 || json.error !== 'INVALID_REQUEST') {
          counts.unexpected.push(`hostile ${kind}: ${res.status} ${JSON.stringify(json)}`);
        }
        counts.hostile++;
      }
    }
  }

  await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
  const seconds = (performance.now() - started) / 1000;
  expect(counts.unexpected.slice(0, 5)).toEqual([]);

  // the store: lead count, every lead's last title, deleted leads gone, every layout's last write
  /** Differences between the store and the last writes, in words (empty: intact). */
  const differences = async (where: string): Promise<string[]> => {
    const out: string[] = [];
    const total = dig((await post(`${ADMIN}crm.lead.list`, { start: 0 })).json, 'total');
    if (total !== SEEDED_LEADS + leads.size) out.push(`${where}: ${String(total)} leads`);
    const ids = [...leads.keys()];
    for (let i = 0; i < ids.length; i += 50) {
      const chunk = ids.slice(i, i + 50);
      const reply = await post(`${ADMIN}batch`, {
        halt: 0,
        cmd: Object.fromEntries(chunk.map((id) => [`l${id}`, `crm.lead.get?id=${id}`])),
      });
      for (const id of chunk) {
        const title = dig(reply.json, 'result', 'result', `l${id}`, 'TITLE');
        if (title !== leads.get(id)) out.push(`${where}: lead ${id} is titled ${String(title)}`);
      }
    }
    for (const id of [...deleted].slice(0, 50)) {
      const reply = await post(`${ADMIN}crm.lead.get`, { id });
      if (reply.status !== 400) out.push(`${where}: deleted lead ${id} answers ${reply.status}`);
    }
    for (const [key, data] of layouts) {
      const { hook, scope, leadCustomerType } = key;
      const reply = await post(`${hook}crm.lead.details.configuration.get`, {
        scope,
        extras: { leadCustomerType },
      });
      if (JSON.stringify(shape(dig(reply.json, 'result'))) !== JSON.stringify(shape(data)))
        out.push(`${where}: layout ${scope}${leadCustomerType} differs from its last write`);
    }
    return out;
  };
  expect(await differences('live')).toEqual([]);
  const { dataDir } = portal;
  await portal.close(true);
  portal = await startPortal({ dataDir, reset: false });
  base = portal.url;
  expect(await differences('reopened from disk')).toEqual([]);

  console.log(
    `soak: ${issued} requests in ${seconds.toFixed(1)} s (${Math.round(issued / seconds)}/s, ${LANES} in flight): ` +
      `${counts.reads} reads, ${counts.writes} writes, ${counts.batches} batches, ${counts.hostile} hostile; ` +
      `${leads.size} leads added and kept, ${deleted.size} deleted, ${layouts.size} layouts; store intact`,
  );
}, 120_000);
