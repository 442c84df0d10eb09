import type { Message } from '../types';

/** English texts of the help part: the shortcuts sheet and the first-run tips. */
export const helpEn = {
  'help.shortcuts': 'Keyboard shortcuts',
  'help.shortcuts.button': 'Keyboard shortcuts (?)',
  'help.close': 'Close',
  'help.key.space': 'Space',
  'help.or': 'or',
  'help.keys.general': 'Anywhere in the editor',
  'help.keys.sheet': 'Show this list of shortcuts',
  'help.keys.search': 'Search the field list',
  'help.keys.undo': 'Undo the last change to the layout',
  'help.keys.redo': 'Redo',
  'help.keys.close': 'Close a dialog or the full-screen preview',
  'help.keys.moving': 'Moving fields and sections',
  'help.keys.tab': 'Go to the next control; a field is moved by its handle ⠿',
  'help.keys.pickUp': 'Pick up the field or section whose handle has the focus',
  'help.keys.arrows': 'Move it to the previous or next place, across sections',
  'help.keys.drop': 'Drop it there',
  'help.keys.cancel': 'Cancel the move: nothing changes',
  'help.keys.remove': 'Take the field off the card (on its handle)',
  'help.keys.sections': 'Section titles',
  'help.keys.renameDone': 'Keep the new title',
  'help.keys.renameCancel': 'Give up renaming',
  'help.tips.again': 'Show the first-run tips again',
  'help.tips': 'Tips',
  'help.tips.count': 'Tip {n} of {count}',
  'help.tips.next': 'Next tip',
  'help.tips.previous': 'Previous tip',
  'help.tips.gotIt': 'Got it',
  'help.tips.hideAll': 'Hide all tips',
  'help.tips.drag':
    'Drag a field from the list on the left into a section of the card. With the keyboard: focus the field’s handle ⠿, press Space, move it with the arrow keys and press Space again.',
  'help.tips.alwaysShow':
    'An empty field is hidden on the card unless it has “Always show”. Switch it on for the fields every manager must see.',
  'help.tips.scopes':
    'Save as the common layout for everyone, or choose Personal and a user to give one person their own card.',
  'help.tips.preview': 'Preview shows the card with a real lead of the portal before anyone else sees it.',
  'help.tips.keys': 'Press ? at any time for the list of keyboard shortcuts.',
} as const satisfies Readonly<Record<string, Message>>;
