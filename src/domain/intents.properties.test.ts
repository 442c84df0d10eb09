import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryIntent, arbitraryLayout, failureOf } from '../testing/arbitraries';
import { portalSectionsOf } from '../testing/builders';
import { deepEqual } from './deepEqual';
import { applyIntent, type LayoutIntent } from './intents';
import { sameLayout } from './layoutEquals';
import { fieldsOnCard } from './layoutQueries';
import { checkLayoutData, isBlank } from './validate';
import type { Layout } from './types';

const FIELDS = ['TITLE', 'PHONE', 'EMAIL', 'WEB', 'NAME', 'COMMENTS', 'UF_CRM_1', 'UF_CRM_2'];
const SECTION_IDS = ['main', 'more', 's1', 's2', 's3'];

const field = fc.constantFrom(...FIELDS);
const section = fc.constantFrom(...SECTION_IDS);
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

const layout = arbitraryLayout({ section, field, maxFlags: 7, maxFields: FIELDS.length, title });

/** Any intent with any input, blank titles and names included. */
const intent = arbitraryIntent(
  { field, section, index, title, name, newIndex: 'sometimes', options, layout },
  {
    placeField: 4,
    moveField: 4,
    placeFields: 2,
    moveFields: 2,
    removeField: 2,
    setAlwaysShow: 2,
    setElementOptions: 2,
    addSection: 2,
    removeSection: 1,
    moveSection: 1,
    renameSection: 1,
    setSectionName: 1,
    replaceLayout: 1,
  },
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
    case 'placeFields':
      return [before, new Set([...before, ...intent.fields])];
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
    expect(failureOf(property, 100)).toBeNull();
  });
});
