import type { CrmState } from './crmState';
import type { PlacementStore } from './placements';

/**
 * The portal's whole state: plain JSON, so `db.ts` can write it to one file and a test can build
 * one in memory. Ids are numbers here and strings on the wire, as in the portal.
 */

export interface UserRecord {
  ID: number;
  LOGIN: string;
  ACTIVE: boolean;
  NAME: string;
  LAST_NAME: string;
  SECOND_NAME: string;
  EMAIL: string;
  PERSONAL_GENDER: '' | 'M' | 'F';
  PERSONAL_BIRTHDAY: string;
  PERSONAL_CITY: string;
  PERSONAL_MOBILE: string;
  WORK_PHONE: string;
  WORK_POSITION: string;
  UF_DEPARTMENT: number[];
  DATE_REGISTER: string;
  LAST_LOGIN: string;
  IS_ONLINE: 'Y' | 'N';
  /** `profile.ADMIN` (BITRIX24-API.md 3.6): portal administrator. */
  isPortalAdmin: boolean;
  /** CRM "Allow to modify settings": may write common and other users' layouts (1.4). */
  isCrmAdmin: boolean;
  /** `CCrmPerms::IsAccessEnabled()`; without it every crm.* call answers `Access denied.` (1.1). */
  crmAccess: boolean;
}

/** A department of the company structure (the `iblock_structure` section of `intranet`). */
export interface DepartmentRecord {
  ID: number;
  NAME: string;
  SORT: number;
  /** `IBLOCK_SECTION_ID`: null for the root department (the company). */
  PARENT: number | null;
  /** The head's user id, or null. */
  UF_HEAD: number | null;
}

export interface WebhookRecord {
  userId: number;
  secret: string;
  /** Granted scopes, e.g. `['crm', 'user']`. */
  scopes: string[];
}

export interface TokenRecord {
  token: string;
  userId: number;
  /** Epoch milliseconds. */
  expiresAt: number;
  refreshToken: string;
  scopes: string[];
}

export interface EnumItemRecord {
  ID: number;
  VALUE: string;
  SORT: number;
  DEF: 'Y' | 'N';
  XML_ID: string;
}

export type Labels = Record<string, string>;

/** The labels of a user field, each a text per language. */
export const USER_FIELD_LABEL_KEYS = [
  'EDIT_FORM_LABEL',
  'LIST_COLUMN_LABEL',
  'LIST_FILTER_LABEL',
  'ERROR_MESSAGE',
  'HELP_MESSAGE',
] as const;

/** A lead user field as `CUserTypeEntity` keeps it; labels are per language id. */
export interface UserFieldRecord {
  ID: number;
  FIELD_NAME: string;
  USER_TYPE_ID: string;
  XML_ID: string | null;
  SORT: number;
  MULTIPLE: 'Y' | 'N';
  MANDATORY: 'Y' | 'N';
  SHOW_FILTER: string;
  SHOW_IN_LIST: 'Y' | 'N';
  EDIT_IN_LIST: 'Y' | 'N';
  IS_SEARCHABLE: 'Y' | 'N';
  SETTINGS: Record<string, unknown>;
  EDIT_FORM_LABEL: Labels;
  LIST_COLUMN_LABEL: Labels;
  LIST_FILTER_LABEL: Labels;
  ERROR_MESSAGE: Labels;
  HELP_MESSAGE: Labels;
  LIST?: EnumItemRecord[];
}

export interface StatusRecord {
  ID: number;
  ENTITY_ID: string;
  STATUS_ID: string;
  NAME: string;
  NAME_INIT: string;
  SORT: number;
  SYSTEM: 'Y' | 'N';
  CATEGORY_ID: number | null;
  COLOR: string | null;
  /** `S` success, `F` failure, null for process stages and non-stage dictionaries. */
  SEMANTICS: 'S' | 'F' | null;
}

export interface MultifieldRecord {
  ID: number;
  VALUE_TYPE: string;
  VALUE: string;
}

export const MULTIFIELD_TYPES = ['PHONE', 'EMAIL', 'WEB', 'IM', 'LINK'] as const;
export type MultifieldType = (typeof MULTIFIELD_TYPES)[number];

/**
 * A lead in internal form: `values` holds system fields and user fields (ints as numbers, dates
 * as ISO strings, datetimes as epoch ms, `CONTACT_IDS` as number[]); multifields live in `fm`.
 */
export interface LeadRecord {
  ID: number;
  values: Record<string, unknown>;
  fm: Partial<Record<MultifieldType, MultifieldRecord[]>>;
}

/** `CUserOptions` row: `userId` 0 is a common option (BITRIX24-API.md 1.3). */
export interface UserOptionRecord {
  category: string;
  name: string;
  userId: number;
  value: unknown;
}

export interface Counters {
  lead: number;
  multifield: number;
  userField: number;
  enumItem: number;
  status: number;
}

export interface PortalState {
  version: 1;
  users: UserRecord[];
  /** The company structure; absent in data written before departments were seeded. */
  departments?: DepartmentRecord[];
  webhooks: WebhookRecord[];
  tokens: TokenRecord[];
  userFields: UserFieldRecord[];
  statuses: StatusRecord[];
  leads: LeadRecord[];
  userOptions: UserOptionRecord[];
  /** `app.option.*` store of the emulator's one application (`b_option` `rest`/`options_{clientId}`); absent until first set. */
  appOptions?: Record<string, unknown>;
  /** `placement.bind` rows of that application (`b_rest_placement` with its language rows); absent until first bound. */
  placements?: PlacementStore;
  /** Every card but the lead's: types, pipelines, records; absent in data written before (crmState.ts). */
  crm?: CrmState;
  counters: Counters;
}

/** What the pure core needs from the database: the state, and a way to say "I changed it". */
export interface CoreDb {
  readonly state: PortalState;
  touch(): void;
}
