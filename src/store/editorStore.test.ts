import { describe, expect, it } from 'vitest';
import { aLayout } from '../testing/builders';
import { createDocumentRegistry } from './documents';
import { createEditorStore, isDirty } from './editorStore';

const start = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['COMMENTS']).build();

describe('editor store', () => {
  it('applies intents, undoes and redoes them, and knows when the draft differs from the saved layout', () => {
    const store = createEditorStore(start, false);
    store.getState().apply({ type: 'moveField', field: 'PHONE', to: { section: 'more', index: 0 } });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(store.getState().draft).toBe(start);
    expect(isDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(store.getState().draft.sections[1]?.elements.map((e) => e.field)).toEqual(['PHONE', 'COMMENTS']);
  });

  it('applies several intents as one undo step', () => {
    const store = createEditorStore(start, false);
    store.getState().applyAll([
      { type: 'renameSection', section: 'more', title: 'Details' },
      { type: 'setSectionName', section: 'more', name: 'details' },
    ]);
    expect(store.getState().draft.sections[1]).toMatchObject({ title: 'Details', name: 'details' });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().draft).toBe(start);
  });

  it('ignores no-op intents: nothing to undo', () => {
    const store = createEditorStore(start, false);
    store.getState().apply({ type: 'moveField', field: 'TITLE', to: { section: 'main', index: 0 } });
    expect(store.getState().past).toHaveLength(0);
  });

  it('is not dirty when edits come back to the saved layout by another path', () => {
    const store = createEditorStore(start, false);
    store.getState().apply({ type: 'setAlwaysShow', field: 'TITLE', value: true });
    store.getState().apply({ type: 'setAlwaysShow', field: 'TITLE', value: false });
    expect(isDirty(store.getState())).toBe(false);
  });

  it('after a save the draft is the saved state; a reload replaces both and clears history', () => {
    const store = createEditorStore(start, true);
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    const draft = store.getState().draft;
    store.getState().markSaved(draft);
    expect(store.getState().savedIsDefault).toBe(false);
    expect(isDirty(store.getState())).toBe(false);
    store.getState().reload(start, true);
    expect(store.getState().draft).toBe(start);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().portal).toBeNull();
  });

  it('remembers what the portal holds: the loaded layout, then what a save stored', () => {
    const store = createEditorStore(start, false);
    expect(store.getState().portal).toBe(start);
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    const draft = store.getState().draft;
    const stored = aLayout().section('main', ['TITLE']).section('more', ['COMMENTS']).build();
    store.getState().markSaved(draft, stored);
    expect(store.getState()).toMatchObject({ saved: draft, portal: stored, draft });
  });

  it('rebases onto what someone else saved as one undoable step', () => {
    const store = createEditorStore(start, false);
    store.getState().apply({ type: 'removeField', field: 'PHONE' });
    const mine = store.getState().draft;
    const theirs = aLayout()
      .section('main', ['TITLE', 'PHONE', 'EMAIL'])
      .section('more', ['COMMENTS'])
      .build();
    const merged = aLayout().section('main', ['TITLE', 'EMAIL']).section('more', ['COMMENTS']).build();
    store.getState().rebase(theirs, false, theirs, merged);
    expect(store.getState()).toMatchObject({ saved: theirs, portal: theirs, draft: merged });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(store.getState().draft).toBe(mine);
    store.getState().rebase(theirs, false, theirs, theirs);
    expect(isDirty(store.getState())).toBe(false);
  });
});

describe('document registry', () => {
  it('keeps one store per document and tracks which ones have unsaved changes', () => {
    const registry = createDocumentRegistry();
    const simple = registry.open(
      { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } },
      start,
      false,
    );
    const again = registry.open(
      { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } },
      aLayout().build(),
      false,
    );
    expect(again).toBe(simple);
    const repeat = registry.open(
      { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'repeat' } },
      start,
      false,
    );
    expect(repeat).not.toBe(simple);
    simple.getState().apply({ type: 'removeField', field: 'TITLE' });
    expect([...registry.dirty.getState().keys]).toEqual(['C:simple']);
    simple.getState().undo();
    expect([...registry.dirty.getState().keys]).toEqual([]);
  });
});
