import type { CardType } from '../../domain/cardType';
import type { Params } from '../encode';
import { PortalError } from '../errors';
import type { CrmRecord } from '../schemas/crmRecord';
import type { PortalClient } from '../transport';
import type { RecordFieldsInput } from './entityCommands';
import { addRecord, deleteRecord, listRecords, type RecordCommands } from './records';

/** What marks the records this app adds as its own. */
export const RECORD_ORIGINATOR = 'lead-card-studio';

/** A fresh marker for one "create" (kept across the user's own retries of that create). */
export function newRecordOrigin(): string {
  return crypto.randomUUID();
}

/**
 * How a record added under `origin` is found again. Leads, deals, contacts and companies have the
 * external-source pair `ORIGINATOR_ID`/`ORIGIN_ID`; smart invoices and smart processes have the
 * external code `XML_ID` (`xmlId`); quotes have neither, so their title (which the dialog makes
 * unique with the time) is compared exactly.
 */
interface OriginMark {
  readonly fields: (origin: string, fields: RecordFieldsInput) => RecordFieldsInput;
  readonly filter: (origin: string, fields: RecordFieldsInput) => Readonly<Record<string, unknown>>;
  readonly select: readonly string[];
  readonly isOwn: (record: CrmRecord, origin: string, fields: RecordFieldsInput) => boolean;
}

const bySource: OriginMark = {
  fields: (origin) => ({ ORIGINATOR_ID: RECORD_ORIGINATOR, ORIGIN_ID: origin }),
  filter: (origin) => ({ ORIGINATOR_ID: RECORD_ORIGINATOR, ORIGIN_ID: origin }),
  select: ['ID'],
  isOwn: () => true,
};

const xmlIdOf = (origin: string): string => `${RECORD_ORIGINATOR}:${origin}`;
const byXmlId: OriginMark = {
  fields: (origin) => ({ XML_ID: xmlIdOf(origin) }),
  filter: (origin) => ({ XML_ID: xmlIdOf(origin) }),
  select: ['ID', 'XML_ID'],
  isOwn: (record, origin) => record['XML_ID'] === xmlIdOf(origin),
};

const titleOf = (fields: RecordFieldsInput): string =>
  typeof fields['TITLE'] === 'string' ? fields['TITLE'] : '';
const byTitle: OriginMark = {
  fields: () => ({}),
  filter: (_origin, fields) => ({ TITLE: titleOf(fields) }),
  select: ['ID', 'TITLE'],
  isOwn: (record, _origin, fields) => titleOf(fields) !== '' && record.TITLE === titleOf(fields),
};

export function originMarkOf(card: CardType): OriginMark {
  switch (card.entity) {
    case 'quote':
      return byTitle;
    case 'invoice':
    case 'dynamic':
      return byXmlId;
    default:
      return bySource;
  }
}

/** Failures after which the portal may have created the record: no answer, or a broken one. */
const mayHaveAdded = (e: unknown): boolean =>
  e instanceof PortalError && (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'decode');

export interface AddOnce {
  readonly client: PortalClient;
  readonly card: CardType;
  readonly commands: RecordCommands;
  readonly fields: RecordFieldsInput;
  readonly params?: Params;
  /** The marker of this create; the same for the user's retries of it. */
  readonly origin: string;
  /** Whether this create was tried before (and failed). */
  readonly retried: boolean;
}

/**
 * `add` at most once per `origin` (the add methods are not idempotent, and a connection lost after
 * the portal created the record, or a browser resending the POST, must not leave two): a record
 * already added under it is reused; after an ambiguous failure the portal is asked before the error
 * is reported; a duplicate made by a resent request is removed. Resolves with the record's id.
 */
export async function addRecordOnce(a: AddOnce): Promise<number> {
  const mark = originMarkOf(a.card);
  const ownIds = async (): Promise<number[]> => {
    const page = await listRecords(
      a.client,
      a.commands,
      { filter: mark.filter(a.origin, a.fields), order: { ID: 'ASC' }, select: [...mark.select] },
      { idempotent: true },
    );
    return page.items
      .filter((r) => mark.isOwn(r, a.origin, a.fields))
      .map((r) => Number(r.ID))
      .filter((id) => id > 0);
  };
  // the first is the record; any later one is the same add made again, and goes
  const keepFirst = async (ids: readonly number[]): Promise<number> => {
    const [first, ...again] = ids;
    for (const id of again) await deleteRecord(a.client, a.commands, id).catch(() => undefined);
    return first as number;
  };
  if (a.retried) {
    const earlier = await ownIds();
    if (earlier.length > 0) return keepFirst(earlier);
  }
  let added: number;
  try {
    added = await addRecord(
      a.client,
      a.commands,
      { ...a.fields, ...mark.fields(a.origin, a.fields) },
      a.params,
    );
  } catch (e) {
    if (!mayHaveAdded(e)) throw e;
    const found = await ownIds().catch(() => []);
    if (found.length === 0) throw e;
    return keepFirst(found);
  }
  const all = await ownIds().catch(() => []);
  return keepFirst(all.length > 0 ? all : [added]);
}
