import { describe, expect, it } from 'vitest';
import { applyIntents } from '../../../domain/intents';
import { aLayout, fieldsBySection } from '../../../testing/builders';
import { groupDropIntents } from './groupDrop';

const layout = aLayout()
  .section('main', ['TITLE', 'PHONE', 'EMAIL', 'WEB'])
  .section('more', ['NAME', 'COMMENTS', 'IM'])
  .build();
const dragged = { kind: 'element', field: 'PHONE' } as const;
const group = ['PHONE', 'WEB', 'COMMENTS'];
const drop = (landing: Parameters<typeof groupDropIntents>[3]) =>
  fieldsBySection(applyIntents(layout, groupDropIntents(layout, dragged, group, landing)));

describe('groupDropIntents', () => {
  it('puts the group, in card order, where the dragged field would have gone', () => {
    // before IM: NAME, COMMENTS | IM without PHONE's own place counted
    expect(drop({ kind: 'field', section: 'more', index: 2 })).toEqual({
      main: ['TITLE', 'EMAIL'],
      more: ['NAME', 'PHONE', 'WEB', 'COMMENTS', 'IM'],
    });
    expect(drop({ kind: 'field', section: 'more', index: 0 }).more).toEqual([
      'PHONE',
      'WEB',
      'COMMENTS',
      'NAME',
      'IM',
    ]);
  });

  it('skips selected fields at the place to find the one the group goes before', () => {
    // index 1 in main without PHONE is EMAIL; index 2 is WEB (selected): the group goes to the end
    expect(drop({ kind: 'field', section: 'main', index: 2 }).main).toEqual([
      'TITLE',
      'EMAIL',
      'PHONE',
      'WEB',
      'COMMENTS',
    ]);
    expect(drop({ kind: 'field', section: 'main', index: 0 }).main).toEqual([
      'PHONE',
      'WEB',
      'COMMENTS',
      'TITLE',
      'EMAIL',
    ]);
  });

  it('goes to the end of a section from the outline, leaves the card over the field list', () => {
    expect(drop({ kind: 'sectionEnd', section: 'more' }).more).toEqual([
      'NAME',
      'IM',
      'PHONE',
      'WEB',
      'COMMENTS',
    ]);
    expect(drop({ kind: 'offCard' })).toEqual({ main: ['TITLE', 'EMAIL'], more: ['NAME', 'IM'] });
  });

  it('changes nothing dropped where the dragged field was, nowhere, or as a section', () => {
    expect(groupDropIntents(layout, dragged, group, { kind: 'field', section: 'main', index: 1 })).toEqual(
      [],
    );
    expect(groupDropIntents(layout, dragged, group, null)).toEqual([]);
    expect(groupDropIntents(layout, dragged, group, { kind: 'section', index: 0 })).toEqual([]);
  });
});
