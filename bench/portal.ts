/**
 * A seeded emulator for the benchmark: the standard demo portal plus `userFields` generated user
 * fields of mixed types, and a common layout holding every card field in `sections` sections of
 * about equal size: of simple leads, or (`card: 'deal'`) of the deal pipeline "Wholesale" (1),
 * whose fields are the deal's and as many generated deal user fields. Serves one built app
 * (`staticDir`) on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PortalFields } from '../src/domain/cardFields';
import { cardFieldsOf } from '../src/domain/cards';
import type { CardType } from '../src/domain/cardType';
import { createPortalServer } from '../emulator/http';

export interface PortalSize {
  /** Generated user fields on top of the ~20 standard ones. */
  readonly userFields: number;
  readonly sections: number;
}

export interface BenchPortal {
  readonly url: string;
  /** Card fields placed on the layout (all of them). */
  readonly fieldCount: number;
  readonly sections: readonly BenchSection[];
  /** Stores the bench layout again, undoing what a run dropped or saved. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export interface BenchSection {
  readonly name: string;
  readonly title: string;
  readonly fields: readonly string[];
}

const ADMIN_WEBHOOK = '/rest/1/demoadmin/';

async function rest<T>(url: string, method: string, params: unknown): Promise<T> {
  const res = await fetch(`${url}${ADMIN_WEBHOOK}${method}.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json()) as { result?: T; error?: string; error_description?: string };
  if (!res.ok || body.error !== undefined)
    throw new Error(`${method}: ${body.error} ${body.error_description}`);
  return body.result as T;
}

/** Every card field, split in order into `count` sections of about equal size. */
export function splitIntoSections(codes: readonly string[], count: number): BenchSection[] {
  const at = (i: number) => Math.floor((i * codes.length) / count);
  return Array.from({ length: count }, (_, i) => ({
    name: `bench_${i + 1}`,
    title: `Section ${i + 1}`,
    fields: codes.slice(at(i), at(i + 1)),
  }));
}

/** The card the bench layout is stored for, and the methods that read its fields and store it. */
const BENCH_CARDS = {
  lead: {
    card: { entity: 'lead', leadType: 'simple' },
    fields: 'crm.lead.fields',
    set: 'crm.lead.details.configuration.set',
    extras: { leadCustomerType: 1 },
  },
  deal: {
    card: { entity: 'deal', categoryId: 1 },
    fields: 'crm.deal.fields',
    set: 'crm.deal.details.configuration.set',
    extras: { dealCategoryId: 1 },
  },
} as const satisfies Record<string, { card: CardType; fields: string; set: string; extras: object }>;

export type BenchCard = keyof typeof BENCH_CARDS;

export async function startBenchPortal(
  size: PortalSize,
  staticDir: string,
  cardName: BenchCard = 'lead',
): Promise<BenchPortal> {
  const bench = BENCH_CARDS[cardName];
  const dataDir = mkdtempSync(join(tmpdir(), 'lcs-bench-'));
  const server = createPortalServer({
    dataDir,
    reset: true,
    rateLimit: false,
    log: false,
    staticDir,
    seed:
      cardName === 'deal' ? { extraDealUserFields: size.userFields } : { extraUserFields: size.userFields },
  });
  const url = await server.listen(0, '127.0.0.1');
  const fields = await rest<PortalFields>(url, bench.fields, {});
  const codes = cardFieldsOf(bench.card, fields).map((f) => f.code);
  const sections = splitIntoSections(codes, size.sections);
  const data = sections.map((s) => ({
    name: s.name,
    title: s.title,
    type: 'section',
    elements: s.fields.map((name) => ({ name, optionFlags: 0 })),
  }));
  const restore = () =>
    rest(url, bench.set, { scope: 'C', extras: bench.extras, data }).then(() => undefined);
  await restore();
  return {
    url,
    fieldCount: codes.length,
    sections,
    restore,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
