/**
 * What every page the benchmark compares loads, the naive reference and the peer pages: the
 * portal's fields (for labels) and the common simple-lead layout, one plain `fetch` per REST method.
 */
export interface Board {
  readonly sections: readonly { readonly id: string; readonly title: string }[];
  readonly items: Record<string, string[]>;
  readonly labels: Readonly<Record<string, string>>;
}

interface PortalSection {
  name: string;
  title: string;
  elements: { name: string }[];
}
type PortalFieldInfo = { title: string; formLabel?: string; listLabel?: string };

const WEBHOOK = '/rest/1/demoadmin/';
export async function rest<T>(method: string, params: unknown): Promise<T> {
  const res = await fetch(`${WEBHOOK}${method}.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  const body = (await res.json()) as { result: T };
  return body.result;
}

/** The layout every page reads (and the naive reference saves): the common one of simple leads. */
export const LAYOUT = { scope: 'C', extras: { leadCustomerType: 1 } } as const;

export async function loadBoard(): Promise<Board> {
  const [fields, sections] = await Promise.all([
    rest<Record<string, PortalFieldInfo>>('crm.lead.fields', {}),
    rest<PortalSection[]>('crm.lead.details.configuration.get', LAYOUT),
  ]);
  return {
    sections: sections.map((s) => ({ id: s.name, title: s.title })),
    items: Object.fromEntries(sections.map((s) => [s.name, s.elements.map((e) => e.name)])),
    labels: Object.fromEntries(
      Object.entries(fields).map(([code, f]) => [code, f.formLabel || f.listLabel || f.title]),
    ),
  };
}
