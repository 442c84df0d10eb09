import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPortal } from '../api/methods/layoutMapping';
import type { LayoutIntent } from '../domain/intents';
import type { Layout } from '../domain/types';
import { checkLayoutData, isBlank } from '../domain/validate';
import { arbitraryIntent, arbitraryIntentOf, failureOf, type IntentParts } from '../testing/arbitraries';
import { aLayout, anElement } from '../testing/builders';
import { createEditorStore, type EditorStore } from './editorStore';

/**
 * Properties of editing through the store, as the editor does it (issue 8): undo then redo is the
 * identity, undoing everything gives back the loaded layout, moves never duplicate or drop a field,
 * and every draft reachable with sensible input passes the portal's own check before saving.
 */

const FIELDS = ['TITLE', 'NAME', 'PHONE', 'EMAIL', 'WEB', 'COMMENTS', 'STATUS_ID', 'UF_CRM_1', 'UF_CRM_2'];
const SECTIONS = ['main', 'more', 'extra', 'new1', 'new2'];

const field = fc.constantFrom(...FIELDS);
const section = fc.constantFrom(...SECTIONS);
const index = fc.integer({ min: -1, max: 12 });
/** What a person may type as a title: anything, as long as it is not blank (the editor refuses that). */
const title = fc
  .oneof(fc.constantFrom('Main', 'Контакты', '<b>x</b>', '  padded  ', 'More!'), fc.string({ minLength: 1 }))
  .filter((t) => !isBlank(t));
const name = fc.oneof(fc.constantFrom('main', 'more', 'kontakty', 'x_1'), fc.string({ minLength: 1 }));

/** A loaded layout: unique fields, 1-3 sections, any flags. */
const layout: fc.Arbitrary<Layout> = fc
  .record({
    count: fc.integer({ min: 1, max: 3 }),
    placed: fc.uniqueArray(fc.record({ field, at: fc.nat(2), flags: fc.nat(3) }), {
      selector: (p) => p.field,
      maxLength: FIELDS.length,
    }),
  })
  .map(({ count, placed }) =>
    SECTIONS.slice(0, count)
      .reduce(
        (b, id, i) =>
          b.section(
            id,
            placed.filter((p) => p.at % count === i).map((p) => anElement(p.field).withFlags(p.flags)),
            { title: `Section ${id}` },
          ),
        aLayout(),
      )
      .build(),
  );

const parts: IntentParts = { field, section, index, title, name, newIndex: 'sometimes' };
const moveIntent = arbitraryIntentOf('moveField', parts);

/** Intents with input the editor's UI lets through (non-blank titles). */
const intent = arbitraryIntent(parts, {
  moveField: 4,
  placeField: 3,
  removeField: 2,
  setAlwaysShow: 2,
  addSection: 2,
  removeSection: 1,
  moveSection: 1,
  renameSection: 1,
  setSectionName: 1,
});

type Step = { kind: 'apply'; intent: LayoutIntent } | { kind: 'undo' } | { kind: 'redo' };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: intent.map((i): Step => ({ kind: 'apply', intent: i })) },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'undo' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'redo' }) },
);

function run(store: EditorStore, s: Step): void {
  const state = store.getState();
  if (s.kind === 'apply') state.apply(s.intent);
  else if (s.kind === 'undo') state.undo();
  else state.redo();
}

const fieldsOf = (l: Layout): string[] => l.sections.flatMap((s) => s.elements.map((e) => e.field));
const sorted = (xs: readonly string[]): string[] => [...xs].sort();

describe('editor store: properties', () => {
  it('undo then redo (and redo then undo) is the identity at every point of any edit session', () => {
    const property = fc.property(layout, fc.array(step, { maxLength: 40 }), (start, steps) => {
      const store = createEditorStore(start, false);
      for (const s of steps) {
        run(store, s);
        const before = store.getState();
        if (before.past.length > 0) {
          before.undo();
          store.getState().redo();
          const after = store.getState();
          if (after.draft !== before.draft) throw new Error('undo+redo changed the draft');
          if (after.past.length !== before.past.length || after.future.length !== before.future.length)
            throw new Error('undo+redo changed the history');
        }
        const mid = store.getState();
        if (mid.future.length > 0) {
          mid.redo();
          store.getState().undo();
          if (store.getState().draft !== mid.draft) throw new Error('redo+undo changed the draft');
        }
      }
    });
    expect(failureOf(property, 300)).toBeNull();
  });

  it('undoing every step gives back the loaded layout, redoing every step the last draft', () => {
    const property = fc.property(layout, fc.array(intent, { maxLength: 60 }), (start, intents) => {
      const store = createEditorStore(start, false);
      for (const i of intents) store.getState().apply(i);
      const end = store.getState().draft;
      const steps = store.getState().past.length;
      for (let n = 0; n < steps; n++) store.getState().undo();
      if (store.getState().draft !== start) throw new Error('undo all did not return to the start');
      store.getState().undo(); // one more: nothing happens
      if (store.getState().draft !== start) throw new Error('undo past the start changed the draft');
      for (let n = 0; n < steps; n++) store.getState().redo();
      if (store.getState().draft !== end) throw new Error('redo all did not return to the end');
    });
    expect(failureOf(property, 300)).toBeNull();
  });

  it('moves never duplicate or drop a field, whatever the target', () => {
    const property = fc.property(layout, fc.array(moveIntent, { maxLength: 40 }), (start, moves) => {
      const store = createEditorStore(start, false);
      const fields = sorted(fieldsOf(start));
      for (const m of moves) {
        store.getState().apply(m);
        const now = fieldsOf(store.getState().draft);
        if (new Set(now).size !== now.length) throw new Error(`duplicated: ${now.join(',')}`);
        if (sorted(now).join() !== fields.join()) throw new Error(`lost or gained: ${now.join(',')}`);
      }
      for (let n = 0; n < moves.length; n++) store.getState().undo();
      if (sorted(fieldsOf(store.getState().draft)).join() !== fields.join())
        throw new Error('undo lost a field');
    });
    expect(failureOf(property, 300)).toBeNull();
  });

  it('any edit session leaves a draft the portal accepts (checked as the save sends it)', () => {
    const property = fc.property(layout, fc.array(step, { maxLength: 40 }), (start, steps) => {
      const store = createEditorStore(start, false);
      for (const s of steps) {
        run(store, s);
        const draft = store.getState().draft;
        const problem = checkLayoutData(toPortal(draft));
        if (problem) throw new Error(`${problem.message} after ${JSON.stringify(s)}`);
        const placed = fieldsOf(draft);
        if (new Set(placed).size !== placed.length) throw new Error('a field is on the card twice');
        if (draft.sections.length === 0) throw new Error('no section left');
      }
    });
    expect(failureOf(property, 300)).toBeNull();
  });
});
