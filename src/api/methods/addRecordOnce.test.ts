import { describe, expect, it } from 'vitest';
import type { CardType } from '../../domain/cardType';
import type { PhpArray } from '../encode';
import { fakeFetch, ok, testClient } from '../testing/fakeFetch';
import { addRecordOnce, newRecordOrigin, RECORD_ORIGINATOR } from './addRecordOnce';
import { itemNamesOf } from './itemCommands';
import { recordCommands } from './records';

const NAMES = itemNamesOf({
  id: { upperName: 'ID' },
  title: { upperName: 'TITLE' },
  xmlId: { upperName: 'XML_ID' },
});

/**
 * A portal keeping what is added (old methods: `fields` UPPER; `crm.item.*`: camelCase, `{item}`),
 * whose list answers the rows whose values equal the filter; `loseFirstAdd` creates the record
 * and then drops the connection, as a lost answer does.
 */
function portal(loseFirstAdd: boolean) {
  const rows: Record<string, string>[] = [];
  let lost = false;
  const { client } = testClient(
    fakeFetch((req) => {
      const item = req.method.startsWith('crm.item.');
      if (req.method.endsWith('.add')) {
        const id = rows.length + 1;
        rows.push({ ...(req.params['fields'] as Record<string, string>), [item ? 'id' : 'ID']: String(id) });
        if (loseFirstAdd && !lost) {
          lost = true;
          return { throws: new TypeError('Failed to fetch') };
        }
        return ok(item ? { item: { id } } : id);
      }
      if (req.method.endsWith('.list')) {
        const filter = (req.params['filter'] ?? {}) as PhpArray;
        const found = rows.filter((r) => Object.entries(filter).every(([k, v]) => r[k] === v));
        const answer = item ? { items: found.map((r) => ({ ...r, id: Number(r['id']) })) } : found;
        return ok(answer, { total: found.length });
      }
      throw new Error(`unexpected ${req.method}`);
    }),
    { maxRetries: 0 },
  );
  return { client, rows };
}

async function addOnce(card: CardType, loseFirstAdd: boolean, fields: Record<string, string>) {
  const { client, rows } = portal(loseFirstAdd);
  const commands = recordCommands(card, NAMES);
  if (!commands) throw new Error('no commands');
  const origin = newRecordOrigin();
  const id = await addRecordOnce({ client, card, commands, fields, origin, retried: false });
  return { id, rows, origin };
}

describe('addRecordOnce', () => {
  it('marks deals, contacts and companies with the external-source pair', async () => {
    for (const card of [
      { entity: 'deal', categoryId: 2 },
      { entity: 'contact' },
      { entity: 'company' },
    ] as const) {
      const { id, rows, origin } = await addOnce(card, false, { TITLE: 'Test' });
      expect(id).toBe(1);
      expect(rows).toEqual([{ TITLE: 'Test', ORIGINATOR_ID: RECORD_ORIGINATOR, ORIGIN_ID: origin, ID: '1' }]);
    }
  });

  it('marks a smart invoice and a smart process by their external code', async () => {
    for (const card of [
      { entity: 'invoice' },
      { entity: 'dynamic', entityTypeId: 1038, categoryId: 0 },
    ] as const) {
      const { id, rows, origin } = await addOnce(card, false, { TITLE: 'Test' });
      expect(id).toBe(1);
      expect(rows).toEqual([{ title: 'Test', xmlId: `${RECORD_ORIGINATOR}:${origin}`, id: '1' }]);
    }
  });

  it('finds the record an add made before its answer was lost, for every family', async () => {
    const cards: CardType[] = [
      { entity: 'deal', categoryId: 0 },
      { entity: 'quote' },
      { entity: 'dynamic', entityTypeId: 1038, categoryId: 4 },
    ];
    for (const card of cards) {
      const { id, rows } = await addOnce(card, true, { TITLE: 'Test quote 02:10:44' });
      expect(id).toBe(1);
      expect(rows).toHaveLength(1);
    }
  });
});
