/** Minimal REST caller for assertions: what the portal stored, read back over HTTP as a client would. */
export class PortalRest {
  constructor(private readonly baseUrl: string) {}

  async call<T = unknown>(method: string, params: unknown, webhook = '/rest/1/demoadmin/'): Promise<T> {
    const res = await fetch(`${this.baseUrl}${webhook}${method}.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    const body = (await res.json()) as { result?: T; error?: string; error_description?: string };
    if (!res.ok || body.error !== undefined)
      throw new Error(`${method}: ${body.error} ${body.error_description}`);
    return body.result as T;
  }

  /** Stores a layout as a REST client would (the editor then opens on it). */
  async setLayout(
    scope: 'C' | 'P',
    leadCustomerType: 1 | 2,
    data: readonly unknown[],
    userId?: number,
  ): Promise<void> {
    await this.call('crm.lead.details.configuration.set', {
      scope,
      userId,
      extras: { leadCustomerType },
      data,
    });
  }

  /** Sections as `{name, title, fields}` for compact assertions; null when nothing is saved. */
  async layout(scope: 'C' | 'P', leadCustomerType: 1 | 2, userId?: number) {
    const sections = await this.call<
      { name: string; title: string; elements: { name: string; optionFlags?: number | string }[] }[] | null
    >('crm.lead.details.configuration.get', { scope, userId, extras: { leadCustomerType } });
    return sections?.map((s) => ({
      name: s.name,
      title: s.title,
      fields: s.elements.map((e) => e.name),
      flags: Object.fromEntries(s.elements.map((e) => [e.name, Number(e.optionFlags ?? 0)])),
    }));
  }

  /**
   * Sections of any card's stored layout as `{name, title, fields}` (`crm.item.details.configuration.get`
   * with the card's `entityTypeId` and extras); null when nothing is saved.
   */
  async cardLayout(card: CardParams, scope: 'C' | 'P', userId?: number) {
    const sections = await this.call<{ name: string; title: string; elements: { name: string }[] }[] | null>(
      'crm.item.details.configuration.get',
      { ...card, scope, userId },
    );
    return (
      sections?.map((s) => ({ name: s.name, title: s.title, fields: s.elements.map((e) => e.name) })) ?? null
    );
  }

  /** Stores a layout of any card as a REST client would. */
  async setCardLayout(card: CardParams, scope: 'C' | 'P', data: readonly unknown[], userId?: number) {
    await this.call('crm.item.details.configuration.set', { ...card, scope, userId, data });
  }
}

/** How the layout methods name a card: `entityTypeId` and, for pipelines and funnels, extras. */
export interface CardParams {
  readonly entityTypeId: number;
  readonly extras?: Readonly<Record<string, number>>;
}

export const dealPipeline = (categoryId: number): CardParams => ({
  entityTypeId: 2,
  extras: { dealCategoryId: categoryId },
});
