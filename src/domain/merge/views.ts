import { matchSections } from '../diff';
import type { CardElement, FieldCode, Layout, Section } from '../types';
import type { Side } from './conflicts';

/** Where a value of the merge comes from: one side, or the common base. */
export type Source = Side | 'base';

export interface Place {
  readonly key: string;
  readonly index: number;
  readonly pred: FieldCode | null;
  readonly element: CardElement;
  readonly section: Section;
}

/** One layout as the merge reads it: section keys shared by all three, each field's first place. */
export interface View {
  readonly keyOf: readonly string[];
  readonly place: ReadonlyMap<FieldCode, Place>;
  readonly seq: ReadonlyMap<string, readonly FieldCode[]>;
}

export function viewOf(layout: Layout, keyOf: readonly string[]): View {
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

export interface Entity {
  readonly key: string;
  readonly base: Section | undefined;
  mine: Section | undefined;
  theirs: Section | undefined;
}

/** Pairs the sections of the three layouts under shared keys (see the module comment). */
export function entitiesOf(base: Layout, mine: Layout, theirs: Layout) {
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
