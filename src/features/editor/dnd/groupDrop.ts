import type { LayoutIntent } from '../../../domain/intents';
import type { FieldCode, Layout } from '../../../domain/types';
import { homeOf, sameLanding, type Dragged, type Landing } from './landing';

/**
 * The intents of dropping a group of selected fields (`group`, in card order) that were dragged
 * by one of them. The landing was found for the dragged field alone (its index counts the other
 * fields as still in place): the group goes before the first field at or after that place that
 * is not in the group, or at the end. Over the field list all of them leave the card. Dropped
 * where the dragged field was, nothing changes.
 */
export function groupDropIntents(
  layout: Layout,
  dragged: Extract<Dragged, { kind: 'element' }>,
  group: readonly FieldCode[],
  landing: Landing | null,
): readonly LayoutIntent[] {
  if (!landing || landing.kind === 'section' || sameLanding(landing, homeOf(layout, dragged))) return [];
  if (landing.kind === 'offCard') return group.map((field) => ({ type: 'removeField', field }));
  const section = layout.sections.find((s) => s.id === landing.section);
  if (!section) return [];
  const inGroup = new Set(group);
  const rest = section.elements.filter((e) => !inGroup.has(e.field));
  let index = rest.length;
  if (landing.kind === 'field') {
    const after = section.elements.filter((e) => e.field !== dragged.field).slice(landing.index);
    const anchor = after.find((e) => !inGroup.has(e.field));
    if (anchor) index = rest.indexOf(anchor);
  }
  return [{ type: 'moveFields', fields: group, to: { section: section.id, index } }];
}
