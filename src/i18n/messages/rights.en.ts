/**
 * English texts of what a user without the right to change common settings may do, and why the
 * rest is not offered. The keys are checked against Russian in rights.ru.ts.
 */
export const rightsEn = {
  'rights.note.common':
    "The portal has refused this account: only CRM administrators may change the common layout or other users' layouts. You can save your changes as your personal layout.",
  'rights.note.personal':
    "The portal has refused this account: only CRM administrators may change other users' layouts.",
  'rights.saveAsPersonal': 'Save as my personal layout',
  'rights.saveAsPersonal.hint':
    'Saves these changes as your own personal layout of {leads}; the common layout stays as it is',
  'rights.saveAsPersonal.done': 'Saved as your personal layout.',
  'rights.saveAsPersonal.failed': 'Your personal layout was not saved: {reason}',
  'rights.saveAsPersonal.conflict':
    'Your personal layout was changed elsewhere since it was loaded: it is open with your changes. Save it to compare both.',
  'rights.picker.refused':
    'The portal said "Access denied.": only CRM administrators may open {who}\'s personal layout. You stay on the layout you had.',
  'rights.picker.failed': "{who}'s personal layout did not open: {reason}",
  'rights.picker.ownOnly': "Only CRM administrators may open other users' personal layouts.",
  'rights.picker.opening': 'Opening…',
  'rights.copy.ownOnly':
    "Only CRM administrators may copy into other users' layouts: this copies into your own.",
  'rights.who.ownOnly': "Only CRM administrators may see other users' personal layouts: this shows yours.",
} as const;
