/**
 * A seeded emulator for the benchmark: the standard demo portal plus `userFields` generated user
 * fields of mixed types, and a common simple-lead layout holding every card field in `sections`
 * sections of about equal size. Serves one built app (`staticDir`) on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardFieldsFor, type PortalFields } from '../src/domain/cardFields';
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

/** Every card field of simple leads, split in order into `count` sections of about equal size. */
export function splitIntoSections(codes: readonly string[], count: number): BenchSection[] {
  const at = (i: number) => Math.floor((i * codes.length) / count);
  return Array.from({ length: count }, (_, i) => ({
    name: `bench_${i + 1}`,
    title: `Section ${i + 1}`,
    fields: codes.slice(at(i), at(i + 1)),
  }));
}

export async function startBenchPortal(size: PortalSize, staticDir: string): Promise<BenchPortal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lcs-bench-'));
  const server = createPortalServer({
    dataDir,
    reset: true,
    rateLimit: false,
    log: false,
    staticDir,
    seed: { extraUserFields: size.userFields },
  });
  const url = await server.listen(0, '127.0.0.1');
  const fields = await rest<PortalFields>(url, 'crm.lead.fields', {});
  const codes = cardFieldsFor('simple', fields).map((f) => f.code);
  const sections = splitIntoSections(codes, size.sections);
  const data = sections.map((s) => ({
    name: s.name,
    title: s.title,
    type: 'section',
    elements: s.fields.map((name) => ({ name, optionFlags: 0 })),
  }));
  const restore = () =>
    rest(url, 'crm.lead.details.configuration.set', {
      scope: 'C',
      extras: { leadCustomerType: 1 },
      data,
    }).then(() => undefined);
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
