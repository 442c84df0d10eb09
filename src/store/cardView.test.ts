// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { aLayout } from '../testing/builders';
import { createCardViewStore } from './cardView';

const layout = aLayout().section('main', ['TITLE', 'PHONE', 'EMAIL']).section('more', ['WEB']).build();

describe('card view', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('keeps folded sections per document for the tab', () => {
    const view = createCardViewStore('C:simple');
    view.getState().setCollapsed(['main', 'more'], true);
    view.getState().setCollapsed(['more'], false);
    expect([...createCardViewStore('C:simple').getState().collapsed]).toEqual(['main']);
    expect(createCardViewStore('C:repeat').getState().collapsed.size).toBe(0);
  });

  it('selects with toggle and range, forgets fields that left the card, clears', () => {
    const view = createCardViewStore(null);
    view.getState().toggle('TITLE');
    view.getState().extend(layout, 'WEB');
    expect([...view.getState().selection.fields].sort()).toEqual(['EMAIL', 'PHONE', 'TITLE', 'WEB']);
    view.getState().prune(aLayout().section('main', ['TITLE']).build());
    expect([...view.getState().selection.fields]).toEqual(['TITLE']);
    view.getState().clear();
    expect(view.getState().selection.fields.size).toBe(0);
  });
});
