import type { FieldCode } from '../types';
import type { Side } from './conflicts';
import type { MergeContext, Plan, PlannedPlace } from './context';
import { movedItems, sameSection } from './pick';
import type { Source } from './views';

/** A section one side removed while the other changed it. */
export interface PresenceConflict {
  readonly id: string;
  readonly removedBy: Side;
  readonly choice: Side;
}

export interface Placement {
  /** Every field of any side, in the order they were read (mine, theirs, base). */
  readonly fields: readonly FieldCode[];
  readonly plan: Plan;
  /** Fields whose placement is a conflict, with the conflict's id. */
  readonly pending: ReadonlyMap<FieldCode, string>;
  /** The section keys the merged layout keeps. */
  readonly present: ReadonlySet<string>;
  readonly presence: ReadonlyMap<string, PresenceConflict>;
  readonly changed: Readonly<Record<Side, ReadonlySet<FieldCode>>>;
}

/** Where each field goes, and which sections stay (see the rules in ./index.ts). */
export function placeFields(ctx: MergeContext): Placement {
  const { views } = ctx;
  const changed = { mine: placeChanged(ctx, 'mine'), theirs: placeChanged(ctx, 'theirs') };
  const fields = [
    ...new Set([...views.mine.place.keys(), ...views.theirs.place.keys(), ...views.base.place.keys()]),
  ];
  const placeTo = (side: Source, f: FieldCode): PlannedPlace => ({
    source: side,
    key: views[side].place.get(f)?.key ?? null,
  });
  const plan: Plan = new Map();
  const pending = new Map<FieldCode, string>();
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
        plan.set(f, placeTo(ctx.choiceOf(id), f));
        pending.set(f, id);
      }
    }
  }
  const { present, presence } = keptSections(ctx);
  // Keeping a section one side removed brings back the fields that went with it (the removing
  // side has them nowhere, and the keeping side still has them in it).
  for (const [key, c] of presence) {
    if (c.choice === c.removedBy) continue;
    const keeper: Side = c.removedBy === 'mine' ? 'theirs' : 'mine';
    for (const f of views[keeper].seq.get(key) ?? []) {
      const p = plan.get(f);
      if (p && p.key === null && p.source === c.removedBy && !pending.has(f)) {
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
  return { fields, plan, pending, present, presence, changed };
}

/** The fields whose place `side` changed: left or joined a section, or moved out of the kept run. */
function placeChanged(ctx: MergeContext, side: Side): Set<FieldCode> {
  const v = ctx.views[side];
  const base = ctx.views.base;
  const changed = new Set<FieldCode>();
  for (const [f, p] of v.place) if (base.place.get(f)?.key !== p.key) changed.add(f);
  for (const f of base.place.keys()) if (!v.place.has(f)) changed.add(f);
  for (const [key, seq] of v.seq) {
    for (const f of movedItems(base.seq.get(key) ?? [], seq)) changed.add(f);
  }
  return changed;
}

/** The sections both sides keep, plus those a presence conflict's choice keeps. */
function keptSections(ctx: MergeContext) {
  const present = new Set<string>();
  const presence = new Map<string, PresenceConflict>();
  for (const e of ctx.entities.values()) {
    const has = { base: !!e.base, mine: !!e.mine, theirs: !!e.theirs };
    let keep = has.mine === has.theirs ? has.mine : has.mine === has.base ? has.theirs : has.mine;
    const keptBy = has.mine ? e.mine : e.theirs;
    if (e.base && has.mine !== has.theirs && keptBy && !sameSection(e.base, keptBy)) {
      const id = `section:${e.key}:presence`;
      const removedBy: Side = has.mine ? 'theirs' : 'mine';
      const choice = ctx.choiceOf(id);
      presence.set(e.key, { id, removedBy, choice });
      keep = choice !== removedBy;
    }
    if (keep) present.add(e.key);
  }
  return { present, presence };
}
