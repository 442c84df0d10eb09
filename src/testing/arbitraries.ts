/**
 * fast-check arbitraries for layouts and intents, shared by the property tests. Each test passes
 * its own parts (fields, sections, texts) and weights, because what a property needs differs: the
 * store's tests draw only what the editor's UI lets through, the domain's draw anything.
 */
import fc from 'fast-check';
import type { LayoutIntent } from '../domain/intents';
import type { FieldCode, Layout, SectionId } from '../domain/types';
import { aLayout, anElement } from './builders';
import { runs } from './propertyRuns';

export type IntentType = LayoutIntent['type'];

/** What random intents are made of. */
export interface IntentParts {
  readonly field: fc.Arbitrary<FieldCode>;
  readonly section: fc.Arbitrary<SectionId>;
  readonly index: fc.Arbitrary<number>;
  /** The title of a renamed section, and of a new one unless `newTitle` is given. */
  readonly title: fc.Arbitrary<string>;
  readonly name: fc.Arbitrary<string>;
  /** The title of a new section, when it is drawn from other texts than a renamed one's. */
  readonly newTitle?: fc.Arbitrary<string>;
  /** Whether a new section has an index: always, sometimes (an optional key) or never. */
  readonly newIndex: 'always' | 'sometimes' | 'never';
  /** Needed for `setElementOptions`. */
  readonly options?: fc.Arbitrary<Readonly<Record<string, unknown>>>;
  /** Needed for `replaceLayout`. */
  readonly layout?: fc.Arbitrary<Layout>;
}

/**
 * Which intents to draw and how often, in the order of `fc.oneof`'s branches. The order and the
 * weights decide which intent a seed draws, so a test that lists its kinds as before keeps the
 * runs (and any reported counterexample) it had.
 */
export type IntentWeights = Readonly<Partial<Record<IntentType, number>>>;

function needed<T>(part: T | undefined, type: IntentType): T {
  if (part === undefined) throw new Error(`${type} intents need their part in IntentParts`);
  return part;
}

function newSection(p: IntentParts): fc.Arbitrary<LayoutIntent> {
  const type = fc.constant('addSection' as const);
  const title = p.newTitle ?? p.title;
  switch (p.newIndex) {
    case 'always':
      return fc.record({ type, section: p.section, title, index: p.index });
    case 'sometimes':
      return fc.record(
        { type, section: p.section, title, index: p.index },
        { requiredKeys: ['type', 'section', 'title'] },
      );
    case 'never':
      return fc.record({ type, section: p.section, title });
  }
}

/** Intents of one kind only. */
export function arbitraryIntentOf(type: IntentType, p: IntentParts): fc.Arbitrary<LayoutIntent> {
  const to = fc.record({ section: p.section, index: p.index });
  switch (type) {
    case 'placeField':
      return fc.record({ type: fc.constant(type), field: p.field, to });
    case 'moveField':
      return fc.record({ type: fc.constant(type), field: p.field, to });
    case 'placeFields':
    case 'moveFields':
      return fc.record({ type: fc.constant(type), fields: fc.array(p.field, { maxLength: 5 }), to });
    case 'removeField':
      return fc.record({ type: fc.constant(type), field: p.field });
    case 'setAlwaysShow':
      return fc.record({ type: fc.constant(type), field: p.field, value: fc.boolean() });
    case 'setElementOptions':
      return fc.record({ type: fc.constant(type), field: p.field, options: needed(p.options, type) });
    case 'addSection':
      return newSection(p);
    case 'removeSection':
      return fc.record({ type: fc.constant(type), section: p.section });
    case 'moveSection':
      return fc.record({ type: fc.constant(type), section: p.section, index: p.index });
    case 'renameSection':
      return fc.record({ type: fc.constant(type), section: p.section, title: p.title });
    case 'setSectionName':
      return fc.record({ type: fc.constant(type), section: p.section, name: p.name });
    case 'replaceLayout':
      return fc.record({ type: fc.constant(type), layout: needed(p.layout, type) });
  }
}

/** Intents of the kinds in `weights`, each drawn as often as its weight says. */
export function arbitraryIntent(p: IntentParts, weights: IntentWeights): fc.Arbitrary<LayoutIntent> {
  const branches = Object.entries(weights).map(([type, weight]) => ({
    weight,
    // Object.entries gives back exactly the keys of IntentWeights.
    arbitrary: arbitraryIntentOf(type as IntentType, p),
  }));
  return fc.oneof(...branches);
}

/** What random layouts are made of. */
export interface LayoutParts {
  /** Section ids are drawn from here: one to four, unique. */
  readonly section: fc.Arbitrary<SectionId>;
  readonly field: fc.Arbitrary<FieldCode>;
  /** optionFlags are drawn from 0 to this. */
  readonly maxFlags: number;
  /** The most fields placed; without it fast-check's default length bound applies. */
  readonly maxFields?: number;
  /** Section titles; without it every title is the section's name. */
  readonly title?: fc.Arbitrary<string>;
}

/** A layout the editor can hold: unique ids, names and fields, at least one section. */
export function arbitraryLayout(p: LayoutParts): fc.Arbitrary<Layout> {
  const ids = fc.uniqueArray(p.section, { minLength: 1, maxLength: 4 });
  const place = fc.record({ field: p.field, section: fc.nat(3), flags: fc.nat(p.maxFlags) });
  const selector = (placed: { field: FieldCode }) => placed.field;
  // A maxLength given, even a large one, changes how long fast-check makes arrays, so it is set
  // only when the test asks for it.
  const placed =
    p.maxFields === undefined
      ? fc.uniqueArray(place, { selector })
      : fc.uniqueArray(place, { selector, maxLength: p.maxFields });
  type Placed = { field: FieldCode; section: number; flags: number };
  const build = (sectionIds: readonly SectionId[], fields: readonly Placed[], titles?: readonly string[]) =>
    sectionIds
      .reduce(
        (b, id, i) =>
          b.section(
            id,
            fields
              .filter((f) => f.section % sectionIds.length === i)
              .map((f) => anElement(f.field).withFlags(f.flags)),
            titles && { title: titles[i] ?? id },
          ),
        aLayout(),
      )
      .build();
  if (p.title === undefined) return fc.record({ ids, placed }).map((r) => build(r.ids, r.placed));
  const titles = fc.array(p.title, { minLength: 4, maxLength: 4 });
  return fc.record({ ids, placed, titles }).map((r) => build(r.ids, r.placed, r.titles));
}

/** Runs a property and returns fast-check's report, with the counterexample, or null when it holds. */
export function failureOf<T>(property: fc.IProperty<T>, numRuns: number): string | null {
  const details = fc.check(property, { numRuns: runs(numRuns) });
  return details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null;
}
