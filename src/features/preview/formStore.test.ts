import { describe, expect, it } from 'vitest';
import { createFormStore, isDirty } from './formStore';
import { aForm } from './testFixtures';

describe('form store', () => {
  it('after a save, what was typed while the request ran is still unsaved (found by the chaos suite)', () => {
    const store = createFormStore(aForm({ TITLE: 'Old', LAST_NAME: 'Tester' }));
    store.getState().setValue('TITLE', 'New');
    const sent = store.getState().form; // the request leaves with this
    store.getState().setValue('LAST_NAME', 'Typed meanwhile');
    store.getState().markSaved(sent);
    expect(store.getState().original.values).toEqual({ TITLE: 'New', LAST_NAME: 'Tester' });
    expect(store.getState().form.values['LAST_NAME']).toBe('Typed meanwhile');
    expect(isDirty(store.getState())).toBe(true);
  });

  it('a save with nothing typed meanwhile leaves the form clean, and fresh portal data is taken', () => {
    const store = createFormStore(aForm({ TITLE: 'Old' }));
    store.getState().setValue('TITLE', 'New');
    store.getState().markSaved(store.getState().form);
    expect(isDirty(store.getState())).toBe(false);
    const fresh = aForm({ TITLE: 'New', DATE_MODIFY: 'now' });
    store.getState().load(fresh);
    expect(store.getState().form).toBe(fresh);
  });
});
