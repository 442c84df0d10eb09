import { describe, expect, it } from 'vitest';
import { REPEAT_LEADS } from './cardType';
import { aLayout, anElement, fieldsBySection, replay } from '../testing/builders';
import { applyIntent, applyIntents, type LayoutIntent } from './intents';
import { sameLayout } from './layoutEquals';
import { cardFieldsOf, defaultLayoutOf } from './cards';

const start = aLayout()
  .section('main', ['TITLE', 'STATUS_ID'], { title: 'Lead information' })
  .section('more', ['PHONE', anElement('EMAIL').withFlags(4)], { title: 'More' })
  .build();

describe('applyIntent: scenarios', () => {
  it('builds a contact section from the palette and rearranges it', () => {
    const after = replay(
      start,
      { type: 'addSection', section: 's1', title: 'Контакты', index: 1 },
      { type: 'placeField', field: 'NAME', to: { section: 's1', index: 0 } },
      { type: 'moveField', field: 'PHONE', to: { section: 's1', index: 5 } },
      { type: 'moveField', field: 'EMAIL', to: { section: 's1', index: 1 } },
      { type: 'setAlwaysShow', field: 'PHONE', value: true },
      { type: 'setElementOptions', field: 'PHONE', options: { defaultCountry: 'DE' } },
      { type: 'moveSection', section: 's1', index: 0 },
    );
    expect(fieldsBySection(after)).toEqual({
      s1: ['NAME', 'EMAIL', 'PHONE'],
      main: ['TITLE', 'STATUS_ID'],
      more: [],
    });
    expect(after.sections[0]).toMatchObject({ name: 'kontakty', title: 'Контакты' });
    expect(after.sections[0]?.elements[2]).toEqual({
      field: 'PHONE',
      optionFlags: 1,
      options: { defaultCountry: 'DE' },
    });
    expect(after.sections[0]?.elements[1]).toEqual({ field: 'EMAIL', optionFlags: 4 });
    expect(after.sections[1]).toBe(start.sections[0]);
  });

  it('renames and re-names a section independently', () => {
    const after = replay(
      start,
      { type: 'renameSection', section: 'more', title: 'Дополнительно' },
      { type: 'setSectionName', section: 'more', name: 'main' },
      { type: 'setSectionName', section: 'more', name: 'extra' },
    );
    expect(after.sections[1]).toMatchObject({ id: 'more', name: 'extra', title: 'Дополнительно' });
  });

  it('removing a section returns its fields to the palette, which can place them again', () => {
    const after = replay(
      start,
      { type: 'removeSection', section: 'more' },
      { type: 'placeField', field: 'PHONE', to: { section: 'main', index: 0 } },
      { type: 'removeField', field: 'STATUS_ID' },
    );
    expect(fieldsBySection(after)).toEqual({ main: ['PHONE', 'TITLE'] });
  });

  it('a new section gets a unique name derived from its title', () => {
    const after = replay(
      start,
      { type: 'addSection', section: 'a', title: 'More' },
      { type: 'addSection', section: 'b', title: 'more!' },
    );
    expect(after.sections.map((s) => s.name)).toEqual(['main', 'more', 'more_2', 'more_3']);
  });

  it('resetting to the default is one intent, and resetting again changes nothing', () => {
    const fallback = defaultLayoutOf(REPEAT_LEADS, cardFieldsOf(REPEAT_LEADS, {}));
    const reset = replay(start, { type: 'replaceLayout', layout: fallback });
    expect(reset).toBe(fallback);
    const copy = defaultLayoutOf(REPEAT_LEADS, cardFieldsOf(REPEAT_LEADS, {}));
    expect(applyIntent(reset, { type: 'replaceLayout', layout: copy })).toBe(reset);
  });

  it('undoing by hand brings back an equal layout', () => {
    const after = replay(
      start,
      { type: 'moveField', field: 'TITLE', to: { section: 'more', index: 0 } },
      { type: 'moveField', field: 'TITLE', to: { section: 'main', index: 0 } },
    );
    expect(after).not.toBe(start);
    expect(sameLayout(after, start)).toBe(true);
    expect(after.sections[1]?.elements).toEqual(start.sections[1]?.elements);
  });

  it('every no-op intent returns the layout itself', () => {
    const noops: LayoutIntent[] = [
      { type: 'placeField', field: 'TITLE', to: { section: 'more', index: 0 } },
      { type: 'placeField', field: 'WEB', to: { section: 'ghost', index: 0 } },
      { type: 'moveField', field: 'TITLE', to: { section: 'main', index: 0 } },
      { type: 'moveField', field: 'WEB', to: { section: 'main', index: 0 } },
      { type: 'removeField', field: 'WEB' },
      { type: 'setAlwaysShow', field: 'TITLE', value: false },
      { type: 'setElementOptions', field: 'TITLE', options: { gone: undefined } },
      { type: 'addSection', section: 'main', title: 'Dup' },
      { type: 'removeSection', section: 'ghost' },
      { type: 'moveSection', section: 'main', index: 0 },
      { type: 'renameSection', section: 'main', title: 'Lead information' },
      { type: 'setSectionName', section: 'main', name: 'more' },
      { type: 'setSectionName', section: 'main', name: ' ' },
      { type: 'replaceLayout', layout: start },
    ];
    expect(noops.filter((intent) => applyIntent(start, intent) !== start)).toEqual([]);
    expect(applyIntents(start, noops)).toBe(start);
  });

  it('an unknown intent type fails loudly instead of being ignored', () => {
    const bogus = { type: 'explode' } as unknown as LayoutIntent;
    expect(() => applyIntent(start, bogus)).toThrow('Unhandled value: {"type":"explode"}');
  });
});
