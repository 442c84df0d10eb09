/**
 * English texts of the tools for big cards: the outline of the sections, folding sections, adding
 * every field not on the card, selecting several fields and moving them together. The keys are
 * checked against Russian in bigcards.ru.ts.
 */
export const bigcardsEn = {
  'bigcards.outline.label': 'Outline of the card',
  'bigcards.outline.title': 'Sections',
  'bigcards.outline.goTo': 'Go to {title}, {count}',
  'bigcards.outline.collapseAll': 'Collapse all',
  'bigcards.outline.expandAll': 'Expand all',
  'bigcards.outline.hint':
    'Drop a field on a section here to put it at the end. In a keyboard drag, → goes to the outline, ← back.',
  'bigcards.section.collapse': 'Collapse {title}',
  'bigcards.section.expand': 'Expand {title}',
  'bigcards.section.addRest': 'Add all not on the card',
  'bigcards.section.addRestOf': 'Add all fields not on the card to {title}',
  'bigcards.section.added': {
    one: '{count} field added to {section}.',
    other: '{count} fields added to {section}.',
  },
  'bigcards.section.nothingToAdd': 'Every field is already on the card.',
  'bigcards.select.count': { one: '{count} field selected', other: '{count} fields selected' },
  'bigcards.select.none': 'No fields selected',
  'bigcards.select.moveTo': 'Move to section…',
  'bigcards.select.clear': 'Clear selection',
  'bigcards.select.hint':
    'Ctrl+click or Shift+Space selects a field, Shift+click or Shift+↑/↓ extends, M moves, Escape clears.',
  'bigcards.select.moveSelected': 'Move {label} (selected)',
  'bigcards.moveDialog.title': {
    one: 'Move {count} field to a section',
    other: 'Move {count} fields to a section',
  },
  'bigcards.moveDialog.sections': 'Sections',
  'bigcards.moveDialog.closed': 'closed to new fields',
  'bigcards.moveDialog.move': 'Move',
  'bigcards.moved': {
    one: '{count} field moved to {section}.',
    other: '{count} fields moved to {section}.',
  },
  'bigcards.dnd.fields': { one: '{count} field', other: '{count} fields' },
  'bigcards.dnd.movedTo': '{what} moved to {target}.',
  'bigcards.dnd.overOutline': '{what} is over {section} in the outline: dropped there, it goes to the end.',
};
