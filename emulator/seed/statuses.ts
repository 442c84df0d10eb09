/** Default CRM dictionaries: lead stages, sources, salutations (BITRIX24-API.md 3.5). */
import type { StatusRecord } from '../core/types';

type Row = [statusId: string, name: string, sort: number, color: string | null, semantics: 'S' | 'F' | null];

const STAGES: Row[] = [
  ['NEW', 'Unprocessed', 10, '#2FC6F6', null],
  ['IN_PROCESS', 'In progress', 20, '#55D0E0', null],
  ['PROCESSED', 'Processed', 30, '#FFA900', null],
  ['CONVERTED', 'Good lead', 40, '#7BD500', 'S'],
  ['JUNK', 'Junk lead', 50, '#FF5752', 'F'],
];

const SOURCES: Row[] = [
  ['CALL', 'Call', 10, null, null],
  ['EMAIL', 'E-Mail', 20, null, null],
  ['WEB', 'Website', 30, null, null],
  ['ADVERTISING', 'Advertising', 40, null, null],
  ['PARTNER', 'Existing client', 50, null, null],
  ['RECOMMENDATION', 'By recommendation', 60, null, null],
  ['TRADE_SHOW', 'Show/Exhibition', 70, null, null],
  ['WEBFORM', 'CRM form', 80, null, null],
  ['CALLBACK', 'Callback', 90, null, null],
  ['RC_GENERATOR', 'Sales boost', 100, null, null],
  ['STORE', 'Online Store', 110, null, null],
  ['OTHER', 'Other', 120, null, null],
];

const HONORIFICS: Row[] = [
  ['HNR_EN_1', 'Mr.', 100, null, null],
  ['HNR_EN_2', 'Mrs.', 200, null, null],
  ['HNR_EN_3', 'Ms.', 300, null, null],
  ['HNR_EN_4', 'Dr.', 400, null, null],
];

export function seedStatuses(): StatusRecord[] {
  const out: StatusRecord[] = [];
  const add = (entity: string, rows: Row[]): void => {
    for (const [statusId, name, sort, color, semantics] of rows) {
      out.push({
        ID: out.length + 1,
        ENTITY_ID: entity,
        STATUS_ID: statusId,
        NAME: name,
        NAME_INIT: name,
        SORT: sort,
        SYSTEM: 'Y',
        CATEGORY_ID: null,
        COLOR: color,
        SEMANTICS: semantics,
      });
    }
  };
  add('STATUS', STAGES);
  add('SOURCE', SOURCES);
  add('HONORIFIC', HONORIFICS);
  return out;
}
