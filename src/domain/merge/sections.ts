import { deepEqual } from '../deepEqual';
import type { SectionRef } from '../diff';
import type { FieldCode, Section } from '../types';
import type { MergeContext } from './context';
import { mergedElement } from './elements';
import { mergeKept, mergeOrder, movedItems, pick } from './pick';
import type { Placement } from './placement';
import type { Source } from './views';

/**
 * The merged sections in order, each with its merged name, title, kept keys and fields, and the
 * reference of each section key for the conflicts. A section the draft has unchanged is the
 * draft's own object.
 */
export function mergedSections(ctx: MergeContext, placement: Placement) {
  const { views, entities, choiceOf } = ctx;
  const { plan } = placement;
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
  const sectionOrder = mergeOrder(placement.present, sectionSource, {
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
      ctx.sectionConflicts.push({
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
    const elements = order.map((f) => mergedElement(ctx, f));
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
  return { sections, refs };
}
