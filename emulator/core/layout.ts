/**
 * `crm.lead.details.configuration.*` and `crm.item.details.configuration.*` (BITRIX24-API.md 1):
 * one implementation, one store of user options, the portal's order of checks and texts.
 */
import { checkLayoutData, unwrapColumn } from '../../src/domain/validate';
import { ok, resolveParam, type MethodContext, type MethodSpec } from './context';
import { crmError } from './errors';
import { intval, isNumeric, isPhpArray, isset, phpGet, phpValues, type Params, type PhpArray } from './php';
import { editorOptionName } from './editorOptions';
import { COMPANY, CONTACT, DEAL, hasFactory, LEAD, ownerTypeName } from './entityTypes';
import type { PortalState, UserRecord } from './types';

/** `CUserOptions` category of every card config (1.3). */
export const EDITOR_CATEGORY = 'crm.entity.editor';

type Operation = 'get' | 'set' | 'reset' | 'forceCommonScopeForAll';

interface ConfigTarget {
  /** Exactly `"C"` is common; anything else is personal (1.2). */
  readonly scope: 'C' | 'P';
  readonly userId: number;
  /** `lead_details`, `returning_lead_details`, `deal_details_c_1`, … (editorOptions.ts). */
  readonly name: string;
}

// ---------------------------------------------------------------------------------------------
// Option store (CUserOptions)

export function getOption(state: PortalState, name: string, userId: number): unknown {
  return state.userOptions.find(
    (o) => o.category === EDITOR_CATEGORY && o.name === name && o.userId === userId,
  )?.value;
}

export function setOption(state: PortalState, name: string, userId: number, value: unknown): void {
  const existing = state.userOptions.find(
    (o) => o.category === EDITOR_CATEGORY && o.name === name && o.userId === userId,
  );
  if (existing) existing.value = value;
  else state.userOptions.push({ category: EDITOR_CATEGORY, name, userId, value });
}

function deleteOptions(state: PortalState, match: (name: string, userId: number) => boolean): void {
  state.userOptions = state.userOptions.filter(
    (o) => !(o.category === EDITOR_CATEGORY && match(o.name, o.userId)),
  );
}

// ---------------------------------------------------------------------------------------------
// Parameters

function resolveExtras(params: Params): PhpArray {
  // 1.2: `extras`, `EXTRAS`, `Extras`, `arExtras`; a non-array becomes empty.
  const v = resolveParam(params, ['extras', 'EXTRAS', 'Extras', 'arExtras']);
  return isPhpArray(v) ? v : {};
}

/** The card a call addresses: its type number and `CCrmOwnerType` name. */
interface Card {
  readonly entityTypeId: number;
  readonly entityName: string;
}

function resolveTarget(ctx: MethodContext, card: Card): ConfigTarget {
  const { params, user } = ctx;
  const scope = resolveParam(params, ['scope', 'SCOPE', 'Scope']) === 'C' ? 'C' : 'P'; // 1.2: strictly "C"
  // 1.2: `userid`/`USERID`/`userId`/`UserId` only (not USER_ID); <= 0 means the caller.
  const requested = intval(resolveParam(params, ['userid', 'USERID', 'userId', 'UserId']));
  const userId = requested > 0 ? requested : user.ID;
  const extras = resolveExtras(params);
  return { scope, userId, name: editorOptionName(ctx.state, card.entityTypeId, card.entityName, extras) };
}

/** 1.4, newest column: common get is open, common writes and other users' configs need a CRM admin. */
function permitted(op: Operation, target: ConfigTarget, user: UserRecord): boolean {
  if (op === 'forceCommonScopeForAll') return user.isCrmAdmin;
  if (target.scope === 'C') return op === 'get' || user.isCrmAdmin;
  return target.userId === user.ID || user.isCrmAdmin;
}

// ---------------------------------------------------------------------------------------------
// set: sanitize (1.6 step 8)

/**
 * `EntityEditorConfig::sanitize`: sections keep only type/name/title/elements, elements only
 * name, `optionFlags` when numeric (kept as sent) and `options` when an array or object.
 */
export function sanitizeLayout(data: PhpArray): Record<string, unknown>[] {
  return phpValues(data).map((section) => {
    const name = phpGet(section, 'name');
    const title = phpGet(section, 'title');
    const rawElements = phpGet(section, 'elements');
    const elements = isPhpArray(rawElements) ? phpValues(rawElements) : []; // 1.6 (e): not an array ⇒ []
    return {
      type: 'section',
      name,
      title: isset(title) ? title : name,
      elements: elements.map((element) => {
        const out: Record<string, unknown> = { name: phpGet(element, 'name') };
        const flags = phpGet(element, 'optionFlags');
        if (isNumeric(flags)) out['optionFlags'] = flags; // 1.6 step 8: `true`/"abc" dropped
        const options = phpGet(element, 'options');
        if (isPhpArray(options)) out['options'] = options;
        return out;
      }),
    };
  });
}

/** 1.6 step 9: REST stores the sections inside one `default_column` column. */
const wrapInColumn = (sections: unknown[]): unknown[] => [
  { name: 'default_column', type: 'column', elements: sections },
];

/** 1.5 `normalize()`: a column-wrapped config is read as its first column's elements. */
function normalizeForGet(value: unknown): unknown {
  if (!isset(value)) return null;
  if (!isPhpArray(value)) return value;
  return unwrapColumn(value) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Handlers

function run(op: Operation, ctx: MethodContext, card: Card): unknown {
  const { params, user, state } = ctx;
  const target = resolveTarget(ctx, card);
  if (!permitted(op, target, user)) throw crmError('Access denied.'); // 1.4: before `data` is read

  const commonName = `${target.name}_common`;
  switch (op) {
    case 'get': {
      if (target.scope === 'C') return normalizeForGet(getOption(state, commonName, 0));
      // 1.3: CUserOptions falls back to a common option with the plain name.
      const own = getOption(state, target.name, target.userId);
      return normalizeForGet(own !== undefined ? own : getOption(state, target.name, 0));
    }
    case 'set': {
      const data = resolveParam(params, ['data', 'DATA', 'Data', 'arData']);
      const problem = checkLayoutData(data); // 1.6 steps 4-7, shared with the client
      if (problem) throw crmError(problem.message);
      const sections = unwrapColumn(data as PhpArray) as PhpArray; // 1.6 step 5
      const stored = wrapInColumn(sanitizeLayout(sections));
      if (target.scope === 'C') setOption(state, commonName, 0, stored);
      else setOption(state, target.name, target.userId, stored);
      ctx.db.touch();
      return true; // 1.6: newest code returns true
    }
    case 'reset': {
      // 1.7: deletes that one option; always true.
      if (target.scope === 'C') deleteOptions(state, (n, u) => n === commonName && u === 0);
      else deleteOptions(state, (n, u) => n === target.name && u === target.userId);
      ctx.db.touch();
      return true;
    }
    case 'forceCommonScopeForAll': {
      // 1.7: every user's personal config (and the plain-named common default) and `_scope` go.
      const scopeName = `${target.name}_scope`;
      deleteOptions(state, (n) => n === target.name || n === scopeName);
      ctx.db.touch();
      return true;
    }
  }
}

/**
 * `crm.item.*` reads `entityTypeId` or `ENTITY_TYPE_ID` exactly (1.2); an undefined type has no
 * name, a defined one without a card editor is "not supported" (1.8), both before any permission check.
 */
function itemCard(ctx: MethodContext): Card {
  const raw = ctx.params['entityTypeId'] ?? ctx.params['ENTITY_TYPE_ID'] ?? 0;
  const entityTypeId = intval(raw);
  const entityName = ownerTypeName(ctx.state, entityTypeId);
  // 1.8: capital `ID`, no period (the docs print `entityTypeId`).
  if (entityName === undefined) throw crmError("Parameter 'entityTypeID' is not defined");
  if (!hasFactory(ctx.state, entityTypeId))
    throw crmError(`The entity type '${entityName}' is not supported in current context.`);
  return { entityTypeId, entityName };
}

const OPERATIONS: Readonly<Record<string, Operation>> = {
  get: 'get',
  set: 'set',
  reset: 'reset',
  forcecommonscopeforall: 'forceCommonScopeForAll',
};

/** The old families, one per card with its own proxy (`CCrmLeadRestProxy`, `CCrmDealRestProxy`, …). */
const FAMILIES: readonly (Card & { prefix: string })[] = [
  { prefix: 'crm.lead', entityTypeId: LEAD, entityName: 'LEAD' },
  { prefix: 'crm.deal', entityTypeId: DEAL, entityName: 'DEAL' },
  { prefix: 'crm.contact', entityTypeId: CONTACT, entityName: 'CONTACT' },
  { prefix: 'crm.company', entityTypeId: COMPANY, entityName: 'COMPANY' },
];

export const layoutMethods: Readonly<Record<string, MethodSpec>> = Object.fromEntries(
  Object.entries(OPERATIONS).flatMap(([suffix, op]) => [
    ...FAMILIES.map(({ prefix, ...card }) => [
      `${prefix}.details.configuration.${suffix}`,
      { scope: 'crm', handler: (ctx: MethodContext) => ok(run(op, ctx, card)) },
    ]),
    [
      `crm.item.details.configuration.${suffix}`,
      { scope: 'crm', handler: (ctx: MethodContext) => ok(run(op, ctx, itemCard(ctx))) },
    ],
  ]),
);
