/**
 * The preview's records API (src/api/methods/records.ts) against the emulator over HTTP: every
 * family reads, lists by its card, updates and adds once, as the preview sends them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webhookAuth } from '../../src/api/auth';
import { addRecordOnce, newRecordOrigin } from '../../src/api/methods/addRecordOnce';
import { itemNamesCommand } from '../../src/api/methods/itemCommands';
import {
  cardFilter,
  listRecords,
  recordCommands,
  updateRecord,
  usesItemMethods,
  type RecordCommands,
} from '../../src/api/methods/records';
import { callCommand, createPortalClient, type PortalClient } from '../../src/api/transport';
import { entityTypeIdOf, type CardType } from '../../src/domain/cardType';
import { ADMIN, startPortal, type TestPortal } from './harness';

let portal: TestPortal;
let client: PortalClient;
beforeAll(async () => {
  portal = await startPortal();
  client = createPortalClient({ auth: webhookAuth(`${portal.url}${ADMIN}`), sleep: () => Promise.resolve() });
});
afterAll(() => portal.close());
beforeEach(async () => {
  await portal.control('POST', '/_emulator/reset');
});

async function commandsOf(card: CardType): Promise<RecordCommands> {
  const names = usesItemMethods(card)
    ? await callCommand(client, itemNamesCommand(entityTypeIdOf(card)))
    : null;
  const commands = recordCommands(card, names);
  if (!commands) throw new Error('no commands');
  return commands;
}

const newest = async (card: CardType, commands: RecordCommands) =>
  (
    await listRecords(client, commands, {
      filter: cardFilter(card),
      order: { ID: 'DESC' },
      select: ['ID', 'TITLE'],
    })
  ).items;

describe('records of every card on the emulator', () => {
  it('lists only the deals of one pipeline and saves a deal title with crm.deal.update', async () => {
    const card: CardType = { entity: 'deal', categoryId: 1 };
    const commands = await commandsOf(card);
    const deals = await newest(card, commands);
    expect(deals.map((d) => d.TITLE)).toEqual(['Riga Print: paper stock', 'Baltic Timber: 40 pallets']);
    const id = Number(deals[0]?.ID);
    await updateRecord(client, commands, id, { TITLE: 'Riga Print: paper stock, May' });
    expect((await callCommand(client, commands.get(id))).TITLE).toBe('Riga Print: paper stock, May');
  });

  it('reads a smart-process item of a funnel as an UPPER record and writes it back in camelCase', async () => {
    const card: CardType = { entity: 'dynamic', entityTypeId: 1030, categoryId: 3 };
    const commands = await commandsOf(card);
    const items = await newest(card, commands);
    expect(items.map((i) => i.TITLE)).toEqual(['Same-day documents', 'Urgent lab kit']);
    const id = Number(items[0]?.ID);
    const record = await callCommand(client, commands.get(id));
    expect(record).toMatchObject({ ID: String(id), CATEGORY_ID: '3', STAGE_ID: 'DT1030_3:NEW' });
    await updateRecord(client, commands, id, { TITLE: 'Same-day documents, 2 sets' });
    expect((await callCommand(client, commands.get(id))).TITLE).toBe('Same-day documents, 2 sets');
  });

  it('adds one test record per create for each family, found again by its mark', async () => {
    const cards: CardType[] = [
      { entity: 'deal', categoryId: 2 },
      { entity: 'contact' },
      { entity: 'company' },
      { entity: 'quote' },
      { entity: 'invoice' },
      { entity: 'dynamic', entityTypeId: 1030, categoryId: 3 },
    ];
    for (const card of cards) {
      const commands = await commandsOf(card);
      const origin = newRecordOrigin();
      const fields = { TITLE: `Test record ${card.entity}`, NAME: 'Test' };
      const id = await addRecordOnce({ client, card, commands, fields, origin, retried: false });
      // the user tries again after a lost answer: the same record, not a second one
      expect(await addRecordOnce({ client, card, commands, fields, origin, retried: true })).toBe(id);
      expect(Number((await callCommand(client, commands.get(id))).ID)).toBe(id);
    }
  });
});
