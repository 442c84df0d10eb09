import { deepEqual } from './deepEqual';
import { longestIncreasingRun, matchSections, type SectionRef } from './diff';
import type { CardElement, FieldCode, Layout, Section } from './types';

/** Which side a conflict takes: the draft (`mine`) or the portal's current layout (`theirs`). */
export type Side = 'mine' | 'theirs';

/** Where a side has a field: its section (that side's id, name, title) and 0-based position. */
export interface FieldPlace {
  readonly section: SectionRef;
  readonly index: number;
}

interface ConflictCommon {
  /** Stable for the same three inputs: pass it to `resolve`. */
  readonly id: string;
  readonly choice: Side;
}

/** One thing both sides changed differently; `base`/`mine`/`theirs` are its three values (`undefined`: absent). */
export type MergeConflict = ConflictCommon &
  (
    | {
        readonly kind: 'fieldPlacement';
        readonly field: FieldCode;
        readonly base: FieldPlace | null;
        readonly mine: FieldPlace | null;
        readonly theirs: FieldPlace | null;
      }
    | {
        readonly kind: 'fieldOption';
        readonly field: FieldCode;
        readonly key: string;
        readonly base: unknown;
        readonly mine: unknown;
        readonly theirs: unknown;
      }
    | {
        readonly kind: 'sectionTitle' | 'sectionName';
        readonly section: SectionRef;
        readonly base: string | undefined;
        readonly mine: string;
        readonly theirs: string;
      }
    | { readonly kind: 'sectionPresence'; readonly section: SectionRef; readonly removedBy: Side }
  );

/** A merge and its inputs, so `resolve` can redo it with another choice. */
export interface MergeResult {
  readonly merged: Layout;
  readonly conflicts: readonly MergeConflict[];
  readonly base: Layout;
  readonly mine: Layout;
  readonly theirs: Layout;
  /** The choices made so far by conflict id; a conflict not listed takes `mine`. */
  readonly choices: Readonly<Record<string, Side>>;
}

type Source = Side | 'base';
type KeptKeys = Readonly<Record<string, unknown>>;

interface Place {
  readonly key: string;
  readonly index: number;
  readonly pred: FieldCode | null;
  readonly element: CardElement;
  readonly section: Section;
}

/** One layout as the merge reads it: section keys shared by all three, each field's first place. */
interface View {
  readonly keyOf: readonly string[];
  readonly place: ReadonlyMap<FieldCode, Place>;
  readonly seq: ReadonlyMap<string, readonly FieldCode[]>;
}

function viewOf(layout: Layout, keyOf: readonly string[]): View {
  const place = new Map<FieldCode, Place>();
  const seq = new Map<string, FieldCode[]>();
  layout.sections.forEach((section, i) => {
    const key = keyOf[i] ?? '';
    const fields: FieldCode[] = [];
    for (const element of section.elements) {
      if (place.has(element.field)) continue; // a second copy: the first one counts
      place.set(element.field, { key, index: fields.length, pred: fields.at(-1) ?? null, element, section });
      fields.push(element.field);
    }
    seq.set(key, fields);
  });
  return { keyOf, place, seq };
}

interface Entity {
  readonly key: string;
  readonly base: Section | undefined;
  mine: Section | undefined;
  theirs: Section | undefined;
}

/** Pairs the sections of the three layouts under shared keys (see the module comment). */
function entitiesOf(base: Layout, mine: Layout, theirs: Layout) {
  const m = matchSections(base, mine);
  const t = matchSections(base, theirs);
  const entities = new Map<string, Entity>();
  base.sections.forEach((s, i) =>
    entities.set(`b${i}`, { key: `b${i}`, base: s, mine: undefined, theirs: undefined }),
  );
  const mineKeys = mine.sections.map((s, j) => {
    const i = m.beforeOf[j];
    const key = i === undefined ? `m${j}` : `b${i}`;
    const entity = entities.get(key) ?? { key, base: undefined, mine: undefined, theirs: undefined };
    entity.mine = s;
    entities.set(key, entity);
    return key;
  });
  const theirsKeys = theirs.sections.map((s, k) => {
    const i = t.beforeOf[k];
    let key = i === undefined ? `t${k}` : `b${i}`;
    if (i === undefined) {
      // Both added a section under the same portal name: one section, not two with one name.
      const twin = [...entities.values()].find((e) => !e.base && !e.theirs && e.mine?.name === s.name);
      if (twin) key = twin.key;
    }
    const entity = entities.get(key) ?? { key, base: undefined, mine: undefined, theirs: undefined };
    entity.theirs = s;
    entities.set(key, entity);
    return key;
  });
  return { entities, baseKeys: base.sections.map((_, i) => `b${i}`), mineKeys, theirsKeys };
}

/** Items of `seq` that changed position against `baseSeq`: new ones and those outside the longest kept run. */
function movedItems<K>(baseSeq: readonly K[], seq: readonly K[]): Set<K> {
  const at = new Map(baseSeq.map((k, i) => [k, i] as const));
  const moved = new Set(seq.filter((k) => !at.has(k)));
  const stayed = seq.filter((k) => at.has(k));
  const kept = longestIncreasingRun(stayed.map((k) => at.get(k) ?? 0));
  stayed.forEach((k, i) => {
    if (!kept.has(i)) moved.add(k);
  });
  return moved;
}

/**
 * The final order of `items`: the ones whose place comes from `base` in base order, then each one
 * from a side inserted right after its nearest predecessor in that side's order (mine first).
 * Reproduces a side's order exactly when the other side changed nothing.
 */
function mergeOrder<K>(
  items: ReadonlySet<K>,
  sourceOf: (k: K) => Source,
  seqs: Readonly<Record<Source, readonly K[]>>,
): K[] {
  const result = seqs.base.filter((k) => items.has(k) && sourceOf(k) === 'base');
  const placed = new Set(result);
  for (const side of ['mine', 'theirs'] as const) {
    const seq = seqs[side];
    seq.forEach((k, i) => {
      if (!items.has(k) || placed.has(k) || sourceOf(k) !== side) return;
      let at = 0;
      for (let j = i - 1; j >= 0; j--) {
        const pred = seq[j];
        if (pred !== undefined && placed.has(pred)) {
          at = result.indexOf(pred) + 1;
          break;
        }
      }
      result.splice(at, 0, k);
      placed.add(k);
    });
  }
  for (const k of items) if (!placed.has(k)) result.push(k); // never drop: cannot happen, but cheap
  return result;
}

type Picked<T> = { readonly value: T; readonly conflict: boolean };

/** Three-way pick: same on both sides, or the side that changed; both changed differently is a conflict. */
function pick<T>(b: unknown, m: T, t: T, choice: Side): Picked<T> {
  if (deepEqual(m, t)) return { value: m, conflict: false };
  if (deepEqual(m, b)) return { value: t, conflict: false };
  if (deepEqual(t, b)) return { value: m, conflict: false };
  return { value: choice === 'mine' ? m : t, conflict: true };
}

const isBitMask = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;

/** Flags merge bit by bit, so two sides setting different bits both count; odd values fall back to `pick` (mine). */
function mergeFlags(b: number, m: number, t: number): number {
  if (isBitMask(b) && isBitMask(m) && isBitMask(t)) return (m & t) | ((m | t) & ~b);
  return pick(b, m, t, 'mine').value;
}

/** Whether a side changed a section; kept keys (see `mergeKept`) are nobody's change. */
const sameSection = (a: Section, b: Section): boolean =>
  a.name === b.name &&
  a.title === b.title &&
  a.elements.length === b.elements.length &&
  a.elements.every((e, i) => {
    const o = b.elements[i];
    return (
      o !== undefined &&
      e.field === o.field &&
      e.optionFlags === o.optionFlags &&
      deepEqual(e.options, o.options)
    );
  });

/**
 * Keys the portal sent that the editor keeps (a section's `data`, a renamed label) merge without
 * conflicts: only the portal's own editor writes them and a REST save drops them (BITRIX24-API.md
 * 1.6), so a side lacking them is the portal's doing, not a choice to ask about. Each key takes
 * the side that changed it, and `theirs` (what the portal holds now) when both differ.
 */
function mergeKept(
  b: KeptKeys | undefined,
  m: KeptKeys | undefined,
  t: KeptKeys | undefined,
): KeptKeys | undefined {
  const keys = [...new Set([...Object.keys(m ?? {}), ...Object.keys(t ?? {}), ...Object.keys(b ?? {})])];
  const out = new Map<string, unknown>();
  for (const key of keys) {
    const picked = pick(b?.[key], m?.[key], t?.[key], 'theirs');
    if (picked.value !== undefined) out.set(key, picked.value);
  }
  return out.size === 0 ? undefined : Object.fromEntries(out);
}

/**
 * Three-way merge for a save conflict: `base` is what the draft was loaded from, `mine` the draft,
 * `theirs` what the portal holds now; conflicts take `choices[id]`, else `mine`.
 *
 * Each thing is resolved on its own: a field's placement (section and place in it), its flags (bit
 * by bit), each option; a section's presence, title, portal name and its position. Kept keys (a
 * section's `data`, renamed labels) never conflict (`mergeKept`). A change on one side wins; the same change on both sides is fine; different
 * changes to the same thing are a conflict that takes `mine` until `resolve` flips it.
 *
 * - Sections pair up with `matchSections` against `base`; sections both sides added under the same
 *   portal name are one section.
 * - A field "changed place" on a side when it left its section, arrived, or is outside the longest
 *   run of fields that kept their order (so moving one field is one change, not a shift of all).
 *   Both sides changing a field's place to the same section after the same neighbour agree.
 * - Removing a section on one side while the other changed it (title, name or its
 *   elements) is a `sectionPresence` conflict. Keeping the section brings back the fields that went
 *   with it; keeping the removal sends the fields the merge put into it where the removing side has
 *   them (off the card if it has not got them); if that place is gone too the section stays,
 *   because a field the merge keeps needs somewhere to be.
 * - A field on the card twice keeps its first copy (the editor's invariant). The merged layout never
 *   holds a field twice, and holds every field both sides have on the card.
 * - Section positions where both sides moved the same section differently follow `mine` (no conflict).
 */
export function mergeLayouts(
  base: Layout,
  mine: Layout,
  theirs: Layout,
  choices: Readonly<Record<string, Side>> = {},
): MergeResult {
  const choiceOf = (id: string): Side => (Object.hasOwn(choices, id) ? (choices[id] ?? 'mine') : 'mine');
  const { entities, baseKeys, mineKeys, theirsKeys } = entitiesOf(base, mine, theirs);
  const views = {
    base: viewOf(base, baseKeys),
    mine: viewOf(mine, mineKeys),
    theirs: viewOf(theirs, theirsKeys),
  };
  const sectionConflicts: MergeConflict[] = [];
  const fieldConflicts: MergeConflict[] = [];

  // --- where each field goes -------------------------------------------------------------------
  const placeChanged = (side: Side): Set<FieldCode> => {
    const v = views[side];
    const changed = new Set<FieldCode>();
    for (const [f, p] of v.place) if (views.base.place.get(f)?.key !== p.key) changed.add(f);
    for (const f of views.base.place.keys()) if (!v.place.has(f)) changed.add(f);
    for (const [key, seq] of v.seq) {
      const baseSeq = views.base.seq.get(key) ?? [];
      for (const f of movedItems(baseSeq, seq)) changed.add(f);
    }
    return changed;
  };
  const changed = { mine: placeChanged('mine'), theirs: placeChanged('theirs') };
  const fields = [
    ...new Set([...views.mine.place.keys(), ...views.theirs.place.keys(), ...views.base.place.keys()]),
  ];
  const plan = new Map<FieldCode, { source: Source; key: string | null }>();
  const placeTo = (side: Source, f: FieldCode) => ({
    source: side,
    key: views[side].place.get(f)?.key ?? null,
  });
  const fieldPlaceOf = (side: Source, f: FieldCode): FieldPlace | null => {
    const p = views[side].place.get(f);
    return p
      ? { section: { id: p.section.id, name: p.section.name, title: p.section.title }, index: p.index }
      : null;
  };
  const pendingPlacement = new Map<FieldCode, string>();

  for (const f of fields) {
    const cm = changed.mine.has(f);
    const ct = changed.theirs.has(f);
    if (!cm && !ct) plan.set(f, placeTo('base', f));
    else if (!ct) plan.set(f, placeTo('mine', f));
    else if (!cm) plan.set(f, placeTo('theirs', f));
    else {
      const pm = views.mine.place.get(f);
      const pt = views.theirs.place.get(f);
      const agree = pm && pt ? pm.key === pt.key && pm.pred === pt.pred : pm === pt;
      if (agree) plan.set(f, placeTo('mine', f));
      else {
        const id = `field:${f}:placement`;
        plan.set(f, placeTo(choiceOf(id), f));
        pendingPlacement.set(f, id);
      }
    }
  }

  // --- which sections stay -------------------------------------------------------------------
  const present = new Set<string>();
  const presence = new Map<string, { id: string; removedBy: Side; choice: Side }>();
  for (const e of entities.values()) {
    const has = { base: !!e.base, mine: !!e.mine, theirs: !!e.theirs };
    let keep = has.mine === has.theirs ? has.mine : has.mine === has.base ? has.theirs : has.mine;
    const keptBy = has.mine ? e.mine : e.theirs;
    if (e.base && has.mine !== has.theirs && keptBy && !sameSection(e.base, keptBy)) {
      const id = `section:${e.key}:presence`;
      const removedBy: Side = has.mine ? 'theirs' : 'mine';
      const choice = choiceOf(id);
      presence.set(e.key, { id, removedBy, choice });
      keep = choice !== removedBy;
    }
    if (keep) present.add(e.key);
  }
  // Keeping a section one side removed brings back the fields that went with it (the removing
  // side has them nowhere, and the keeping side still has them in it).
  for (const [key, c] of presence) {
    if (c.choice === c.removedBy) continue;
    const keeper: Side = c.removedBy === 'mine' ? 'theirs' : 'mine';
    for (const f of views[keeper].seq.get(key) ?? []) {
      const p = plan.get(f);
      if (p && p.key === null && p.source === c.removedBy && !pendingPlacement.has(f)) {
        plan.set(f, placeTo(changed[keeper].has(f) ? keeper : 'base', f));
      }
    }
  }
  for (const [f, p] of plan) {
    if (p.key === null || present.has(p.key)) continue;
    const conflict = presence.get(p.key);
    if (conflict && conflict.choice === conflict.removedBy) {
      const alt = views[conflict.removedBy].place.get(f);
      if (!alt || present.has(alt.key)) {
        plan.set(f, { source: conflict.removedBy, key: alt?.key ?? null });
        continue;
      }
    }
    present.add(p.key); // the field has nowhere else to go: keep its section
  }

  // --- each field's element ------------------------------------------------------------------
  const mergeRecord = (
    idPrefix: string,
    b: KeptKeys | undefined,
    m: KeptKeys | undefined,
    t: KeptKeys | undefined,
    onConflict: (id: string, key: string, values: readonly [unknown, unknown, unknown], choice: Side) => void,
  ): KeptKeys | undefined => {
    const keys = [...new Set([...Object.keys(m ?? {}), ...Object.keys(t ?? {}), ...Object.keys(b ?? {})])];
    const out = new Map<string, unknown>();
    for (const key of keys) {
      const id = `${idPrefix}:${key}`;
      const values = [b?.[key], m?.[key], t?.[key]] as const;
      const choice = choiceOf(id);
      const picked = pick(values[0], values[1], values[2], choice);
      if (picked.conflict) onConflict(id, key, values, choice);
      if (picked.value !== undefined) out.set(key, picked.value);
    }
    return out.size === 0 ? undefined : Object.fromEntries(out);
  };

  const elementOf = (f: FieldCode): CardElement => {
    const eb = views.base.place.get(f)?.element;
    const em = views.mine.place.get(f)?.element;
    const et = views.theirs.place.get(f)?.element;
    // A side without the field has no opinion about its settings.
    const m = em ?? eb ?? et;
    const t = et ?? eb ?? em;
    if (!m || !t) throw new Error(`mergeLayouts: ${f} is on no side`);
    const options = mergeRecord(
      `field:${f}:option`,
      eb?.options,
      m.options,
      t.options,
      (id, key, [vb, vm, vt], choice) =>
        fieldConflicts.push({
          id,
          kind: 'fieldOption',
          field: f,
          key,
          base: vb,
          mine: vm,
          theirs: vt,
          choice,
        }),
    );
    const extra = mergeKept(eb?.extra, m.extra, t.extra);
    const element: CardElement = {
      field: f,
      optionFlags: mergeFlags(eb?.optionFlags ?? 0, m.optionFlags, t.optionFlags),
      ...(options !== undefined ? { options } : {}),
      ...(extra !== undefined ? { extra } : {}),
    };
    return em && deepEqual(em, element) ? em : element;
  };

  // --- sections, in order --------------------------------------------------------------------
  const sectionMoved = {
    mine: movedItems(views.base.keyOf, views.mine.keyOf),
    theirs: movedItems(views.base.keyOf, views.theirs.keyOf),
  };
  const sectionSource = (key: string): Source => {
    const e = entities.get(key);
    if (e?.mine && sectionMoved.mine.has(key)) return 'mine';
    if (e?.theirs && sectionMoved.theirs.has(key)) return 'theirs';
    if (e?.base) return 'base';
    return e?.mine ? 'mine' : 'theirs';
  };
  const sectionOrder = mergeOrder(present, sectionSource, {
    base: views.base.keyOf,
    mine: views.mine.keyOf,
    theirs: views.theirs.keyOf,
  });

  const usedIds = new Set<string>();
  const fieldsIn = new Map<string, Set<FieldCode>>();
  for (const [f, p] of plan)
    if (p.key !== null) fieldsIn.set(p.key, (fieldsIn.get(p.key) ?? new Set()).add(f));
  const refs = new Map<string, SectionRef>();

  const sections = sectionOrder.map((key): Section => {
    const e = entities.get(key);
    const any = e?.mine ?? e?.theirs ?? e?.base;
    if (!e || !any) throw new Error(`mergeLayouts: unknown section ${key}`);
    const b = e.base;
    const m = e.mine ?? b ?? e.theirs ?? any;
    const t = e.theirs ?? b ?? e.mine ?? any;
    const name = pick(b?.name, m.name, t.name, choiceOf(`section:${key}:name`));
    const title = pick(b?.title, m.title, t.title, choiceOf(`section:${key}:title`));
    let id = e.mine?.id ?? e.theirs?.id ?? any.id;
    for (let n = 2; usedIds.has(id); n++) id = `${e.mine?.id ?? e.theirs?.id ?? any.id}~${n}`;
    usedIds.add(id);
    const ref: SectionRef = { id, name: name.value, title: title.value };
    refs.set(key, ref);
    const sectionConflict = (
      kind: 'sectionName' | 'sectionTitle',
      cid: string,
      values: readonly [string | undefined, string, string],
    ) =>
      sectionConflicts.push({
        id: cid,
        kind,
        section: ref,
        base: values[0],
        mine: values[1],
        theirs: values[2],
        choice: choiceOf(cid),
      });
    if (name.conflict) sectionConflict('sectionName', `section:${key}:name`, [b?.name, m.name, t.name]);
    if (title.conflict) sectionConflict('sectionTitle', `section:${key}:title`, [b?.title, m.title, t.title]);
    const extra = mergeKept(b?.extra, m.extra, t.extra);
    const order = mergeOrder<FieldCode>(
      fieldsIn.get(key) ?? new Set<FieldCode>(),
      (f) => plan.get(f)?.source ?? 'base',
      {
        base: views.base.seq.get(key) ?? [],
        mine: views.mine.seq.get(key) ?? [],
        theirs: views.theirs.seq.get(key) ?? [],
      },
    );
    const elements = order.map(elementOf);
    const section: Section = {
      id,
      name: name.value,
      title: title.value,
      elements,
      ...(extra !== undefined ? { extra } : {}),
    };
    const own = e.mine;
    const unchanged =
      own &&
      own.id === id &&
      own.name === section.name &&
      own.title === section.title &&
      deepEqual(own.extra, extra) &&
      own.elements.length === elements.length &&
      own.elements.every((x, i) => x === elements[i]);
    return unchanged ? own : section;
  });

  for (const e of entities.values()) {
    const c = presence.get(e.key);
    const any = e.mine ?? e.theirs ?? e.base;
    if (!c || !any) continue;
    const section = refs.get(e.key) ?? { id: any.id, name: any.name, title: any.title };
    sectionConflicts.push({
      id: c.id,
      kind: 'sectionPresence',
      section,
      removedBy: c.removedBy,
      choice: c.choice,
    });
  }
  for (const [f, id] of pendingPlacement) {
    fieldConflicts.push({
      id,
      kind: 'fieldPlacement',
      field: f,
      base: fieldPlaceOf('base', f),
      mine: fieldPlaceOf('mine', f),
      theirs: fieldPlaceOf('theirs', f),
      choice: choiceOf(id),
    });
  }

  const merged: Layout =
    sections.length === mine.sections.length && sections.every((s, i) => s === mine.sections[i])
      ? mine
      : { ...mine, sections };
  return {
    merged,
    conflicts: [...sectionConflicts, ...orderFieldConflicts(fieldConflicts, fields)],
    base,
    mine,
    theirs,
    choices,
  };
}

/** Field conflicts in the order fields were read (mine, theirs, base), placement first. */
function orderFieldConflicts(
  conflicts: readonly MergeConflict[],
  fields: readonly FieldCode[],
): MergeConflict[] {
  const rank = new Map(fields.map((f, i) => [f, i] as const));
  const fieldOf = (c: MergeConflict) => ('field' in c ? c.field : '');
  const kindRank = (c: MergeConflict) => (c.kind === 'fieldPlacement' ? 0 : c.kind === 'fieldOption' ? 1 : 2);
  return conflicts
    .map((c, n) => ({ c, n }))
    .sort(
      (x, y) =>
        (rank.get(fieldOf(x.c)) ?? 0) - (rank.get(fieldOf(y.c)) ?? 0) ||
        kindRank(x.c) - kindRank(y.c) ||
        x.n - y.n,
    )
    .map(({ c }) => c);
}

/** The same merge with conflict `conflictId` taking `side`; other choices are kept. */
export function resolve(result: MergeResult, conflictId: string, side: Side): MergeResult {
  return mergeLayouts(result.base, result.mine, result.theirs, { ...result.choices, [conflictId]: side });
}

/**
 * Every conflict takes `side` ("keep mine" / "take theirs" for the lot); repeats while a choice
 * brings up new conflicts (a section kept or dropped changes which fields need a place).
 */
export function resolveAll(result: MergeResult, side: Side): MergeResult {
  let current = result;
  for (let round = 0; round < 8; round++) {
    const open = current.conflicts.filter((c) => c.choice !== side);
    if (open.length === 0) break;
    const choices: Record<string, Side> = { ...current.choices };
    for (const c of open) choices[c.id] = side;
    current = mergeLayouts(current.base, current.mine, current.theirs, choices);
  }
  return current;
}
