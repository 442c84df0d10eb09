import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aLayout, anElement, portalSectionsOf } from '../testing/builders';
import { deepEqual } from './deepEqual';
import { applyIntent, type LayoutIntent } from './intents';
import { sameLayout } from './layoutEquals';
import { fieldsOnCard } from './layoutQueries';
import { checkLayoutData, isBlank } from './validate';
import type { Layout } from './types';

const FIELDS = ['TITLE', 'PHONE', 'EMAIL', 'WEB', 'NAME', 'COMMENTS', 'UF_CRM_1', 'UF_CRM_2'];
const SECTION_IDS = ['main', 'more', 's1', 's2', 's3'];

const field = fc.constantFrom(...FIELDS);
const sectionId = fc.constantFrom(...SECTION_IDS);
const index = fc.integer({ min: -2, max: 10 });
const title = fc.oneof(
  fc.constantFrom('Main', 'Контакты', 'more', 'More!', 'Deal terms', '', '  '),
  fc.string(),
);
const name = fc.oneof(fc.constantFrom('main', 'more', 'kontakty', 'more_2', 'x', '', ' more '), fc.string());
const options = fc.dictionary(
  fc.constantFrom('defaultCountry', 'defaultAddressType', 'custom'),
  fc.oneof(fc.constant(undefined), fc.constantFrom('DE', 'RU', 1, true), fc.constant({ nested: [1] })),
);

/** A layout the editor can hold: unique ids, names and fields, at least one section. */
const layout: fc.Arbitrary<Layout> = fc
  .record({
    ids: fc.uniqueArray(sectionId, { minLength: 1, maxLength: 4 }),
    placed: fc.uniqueArray(fc.record({ field, section: fc.nat(3), flags: fc.nat(7) }), {
      selector: (p) => p.field,
      maxLength: FIELDS.length,
    }),
    titles: fc.array(title, { minLength: 4, maxLength: 4 }),
  })
  .map(({ ids, placed, titles }) =>
    ids
      .reduce(
        (b, id, i) =>
          b.section(
            id,
            placed
              .filter((p) => p.section % ids.length === i)
              .map((p) => anElement(p.field).withFlags(p.flags)),
            { title: titles[i] ?? id },
          ),
        aLayout(),
      )
      .build(),
  );

const intent: fc.Arbitrary<LayoutIntent> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('placeField'),
      field,
      to: fc.record({ section: sectionId, index }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('moveField'),
      field,
      to: fc.record({ section: sectionId, index }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('removeField'), field }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('setAlwaysShow'), field, value: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('setElementOptions'), field, options }) },
  {
    weight: 2,
    arbitrary: fc.record(
      { type: fc.constant('addSection'), section: sectionId, title, index },
      { requiredKeys: ['type', 'section', 'title'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeSection'), section: sectionId }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('moveSection'), section: sectionId, index }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('renameSection'), section: sectionId, title }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('setSectionName'), section: sectionId, name }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('replaceLayout'), layout }) },
);

const elementCount = (l: Layout) => l.sections.reduce((n, s) => n + s.elements.length, 0);
const unique = (values: readonly string[]) => new Set(values).size === values.length;
const minus = (set: ReadonlySet<string>, gone: Iterable<string>) => {
  const out = new Set(set);
  for (const g of gone) out.delete(g);
  return out;
};

/** Which fields may be on the card after `intent`, given those before it. */
function allowedFields(prev: Layout, intent: LayoutIntent): ReadonlySet<string>[] {
  const before = fieldsOnCard(prev);
  switch (intent.type) {
    case 'placeField':
      return [before, new Set([...before, intent.field])];
    case 'removeField':
      return [minus(before, [intent.field])];
    case 'removeSection': {
      const gone = prev.sections.find((s) => s.id === intent.section)?.elements.map((e) => e.field) ?? [];
      return [before, minus(before, gone)];
    }
    case 'replaceLayout':
      return [fieldsOnCard(intent.layout)];
    default:
      return [before];
  }
}

/** What went wrong in one step, in words (empty when the step keeps every invariant). */
function stepProblems(prev: Layout, intent: LayoutIntent, next: Layout): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${intent.type}: ${what}`);
  const onCard = fieldsOnCard(next);
  if (elementCount(next) !== onCard.size) fail('a field is on the card twice');
  if (!allowedFields(prev, intent).some((allowed) => deepEqual([...allowed].sort(), [...onCard].sort()))) {
    fail('a field was lost or gained');
  }
  if (!unique(next.sections.map((s) => s.id))) fail('duplicate section ids');
  if (!unique(next.sections.map((s) => s.name))) fail('duplicate section names');
  if (next.sections.length === 0) fail('no section left');
  if (next.sections.every((s) => !isBlank(s.title))) {
    const problem = checkLayoutData(portalSectionsOf(next));
    if (problem) fail(`the portal refuses the payload: ${problem.message}`);
  }
  if (next !== prev && deepEqual(prev, next)) fail('nothing changed but a new object came back');
  if (intent.type === 'replaceLayout') return problems;
  for (const s of next.sections) {
    const old = prev.sections.find((p) => p.id === s.id);
    if (old && old !== s && deepEqual(old, s)) fail(`untouched section ${s.id} was copied`);
  }
  const oldElements = new Map(prev.sections.flatMap((s) => s.elements.map((e) => [e.field, e] as const)));
  for (const e of next.sections.flatMap((s) => s.elements)) {
    const old = oldElements.get(e.field);
    const edited = 'field' in intent && intent.field === e.field;
    if (!old || old === e) continue;
    if (intent.type === 'setAlwaysShow' && edited) {
      if ((e.optionFlags & ~1) !== (old.optionFlags & ~1)) fail('a flag other than bit 1 changed');
      if (e.options !== old.options) fail('options changed with the flag');
    } else if (!(intent.type === 'setElementOptions' && edited)) {
      fail(`element ${e.field} was copied or changed`);
    }
  }
  return problems;
}

/** Runs a fast-check property and returns its report (null when it holds), so failures show the counterexample. */
function failureOf<T>(property: fc.IProperty<T>, numRuns = 100): string | null {
  const details = fc.check(property, { numRuns });
  return details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null;
}

describe('applyIntent: properties', () => {
  it('any sequence of intents keeps the layout consistent', () => {
    const property = fc.property(layout, fc.array(intent, { maxLength: 40 }), (start, intents) => {
      let current = start;
      for (const i of intents) {
        const next = applyIntent(current, i);
        const problems = stepProblems(current, i, next);
        if (problems.length > 0) throw new Error(problems.join('; '));
        current = next;
      }
    });
    expect(failureOf(property, 200)).toBeNull();
  });

  it('sameLayout agrees with comparing the portal payloads', () => {
    const property = fc.property(
      layout,
      fc.array(intent, { maxLength: 6 }),
      fc.array(intent, { maxLength: 6 }),
      (start, xs, ys) => {
        const a = xs.reduce(applyIntent, start);
        const b = ys.reduce(applyIntent, start);
        return sameLayout(a, b) === deepEqual(portalSectionsOf(a), portalSectionsOf(b));
      },
    );
    expect(failureOf(property)).toBeNull();
  });
});
