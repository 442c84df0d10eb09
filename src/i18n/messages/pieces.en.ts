import type { Message } from '../types';

/** English texts of the pieces part; the keys are checked against Russian in pieces.ru.ts. */
export const piecesEn = {
  // shared words
  'pieces.apply': 'Apply',
  'pieces.leads.simple': 'simple leads',
  'pieces.leads.repeat': 'repeat leads',
  'pieces.user.numbered': 'User {id}',
  'pieces.user.numberedInline': 'user {id}',
  'pieces.untitledSection': 'Untitled section',

  // the open layout: what it is and whom it applies to
  'pieces.banner.common': 'Common layout',
  'pieces.banner.commonRest': ' of {leads}: everyone whose card is in common view sees it.',
  'pieces.banner.personal': 'Personal layout of {who}',
  'pieces.banner.personalRest':
    " for {leads}. It shows only while that user's card is in personal view; saving it here does not switch their view.",
  'pieces.banner.default': 'No saved layout: showing the portal default.',
  'pieces.banner.remarks': {
    one: 'Read from the portal with {count} remark:',
    other: 'Read from the portal with {count} remarks:',
  },
  'pieces.loading': 'Loading the card',
  'pieces.loading.status': 'Loading the field list and the layout…',
  'pieces.loading.slow': 'The portal is taking long to answer.',
  'pieces.loading.stop': 'Stop waiting',
  'pieces.loading.stopped': 'Stopped waiting for the portal',
  'pieces.loading.stoppedBody': 'Nothing was loaded. Try again when the portal answers faster.',

  // a draft kept in the browser
  'pieces.draft.region': 'Unsaved draft',
  'pieces.draft.from': 'You have unsaved changes from {when}',
  'pieces.draft.fromRest': ' kept in this browser for this layout.',
  'pieces.draft.restore': 'Restore',
  'pieces.draft.discard': 'Discard',
  'pieces.draft.conflictTitle': 'Restore the draft over newer changes?',
  'pieces.draft.conflictIntro':
    'The layout was saved again after this draft was made, and both changed the same things. Nothing is written until you save.',
  'pieces.draft.restoredCheckDiff':
    'Restored. The layout was saved again since this draft was made: check Diff.',
  'pieces.draft.restoredMerged': 'Restored, together with the changes saved on the portal since.',
  'pieces.draft.storageFull':
    'The browser storage is full: unsaved changes are no longer kept across reloads.',
  'pieces.draft.storageDenied':
    'The browser does not allow storage: unsaved changes are not kept across reloads.',
  'pieces.draft.more': {
    one: '{count} more unsaved draft of this layout follows.',
    other: '{count} more unsaved drafts of this layout follow.',
  },
  'pieces.draft.conflictIntroDrafts':
    'Another unsaved draft of this layout, restored just before, changed the same things. Nothing is written until you save.',
  'pieces.draft.restoredMergedDrafts': 'Restored, together with the draft restored before it.',

  // another tab of this browser saved the open layout
  'pieces.otherTab.region': 'Saved in another tab',
  'pieces.otherTab.common': 'the common layout of {leads}',
  'pieces.otherTab.personal': 'the personal layout of {who} for {leads}',
  'pieces.otherTab.saved': 'Another tab of this browser saved {layout} at {when}.',
  'pieces.otherTab.shownRest': ' You had no unsaved changes here, so this tab shows it now.',
  'pieces.otherTab.unsavedRest':
    ' Your unsaved changes here stay in the draft; they were made on the version before. Review what each side changed and choose what stays.',
  'pieces.otherTab.review': 'Review changes',
  'pieces.otherTab.ok': 'OK',
  'pieces.otherTab.dialogTitle': 'Another tab saved this layout',
  'pieces.otherTab.dialogIntro':
    'While you edited here, another tab of this browser saved this layout. Nothing is written until you save.',

  // a section on the card
  'pieces.section.move': 'Move section {title}',
  'pieces.section.nameHint': 'Section name stored on the portal',
  'pieces.section.count': { one: '{count} field', other: '{count} fields' },
  'pieces.section.settings': 'Settings',
  'pieces.section.settingsOf': 'Settings of section {title}',
  'pieces.section.delete': 'Delete',
  'pieces.section.deleteOf': 'Delete section {title}',
  'pieces.section.lastOne': 'A card needs at least one section',
  'pieces.section.dropHere': 'Drag fields here',
  'pieces.section.fieldsOf': 'Fields of {title}',
  'pieces.section.rename': 'Rename section {title}',
  'pieces.section.titleInput': 'Section title',

  // deleting a section with fields
  'pieces.deleteSection.title': 'Delete section "{title}"?',
  'pieces.deleteSection.confirm': 'Delete section',
  'pieces.deleteSection.body': {
    one: 'Its {count} field goes back to the field list. Nothing is sent to the portal until you save.',
    other: 'Its {count} fields go back to the field list. Nothing is sent to the portal until you save.',
  },

  // the section's portal name
  'pieces.sectionSettings.title': 'Section "{title}"',
  'pieces.sectionSettings.name': 'Section name (stored on the portal)',
  'pieces.sectionSettings.hint':
    'Letters, digits and underscores work best; each section needs its own name.',
  'pieces.sectionSettings.needName': 'The portal needs a section name.',
  'pieces.sectionSettings.taken': 'Another section is already named "{name}".',

  // a field on the card and in the field list
  'pieces.element.move': 'Move {label}',
  'pieces.element.renamed': 'renamed',
  'pieces.element.renamedHint': 'Renamed in the portal: REST cannot keep the new label',
  'pieces.element.alwaysShow': 'Always show',
  'pieces.element.alwaysShowOf': 'Always show: {label}',
  'pieces.element.alwaysShowHint': 'Show this field even when it is empty',
  'pieces.element.options': 'Options',
  'pieces.element.optionsOf': 'Options of {label}',
  'pieces.element.remove': 'Remove {label} from the card',
  'pieces.palette.onCard': '{label} (on the card)',
  'pieces.palette.drag': 'Drag {label} onto the card',
  'pieces.palette.onCardBadge': 'on card',
  'pieces.marks.missing': 'not on the portal',
  'pieces.marks.requiredHint': 'Required',
  'pieces.marks.required': 'required',
  'pieces.marks.readOnly': 'read-only',
  'pieces.marks.multiple': 'multiple',

  // options of a field
  'pieces.options.defaultCountry': 'Default country (2 letters)',
  'pieces.options.defaultAddressType': 'Default address type',
  'pieces.options.portalDefault': 'Portal default',
  'pieces.options.countryCode': 'Use a two-letter country code, e.g. DE or RU.',
  'pieces.options.kept': 'Also kept as they are: {keys}.',
  'pieces.address.street': 'Street address',
  'pieces.address.registered': 'Registered address',
  'pieces.address.legal': 'Legal address',
  'pieces.address.beneficiary': 'Beneficiary address',
  'pieces.address.delivery': 'Delivery address',

  // the layout check
  'pieces.lint.title': 'Layout check',
  'pieces.lint.close': 'Close the layout check',
  'pieces.lint.none': 'No problems found',
  'pieces.lint.clean': 'The portal will accept this layout, and nothing looks wrong.',
  'pieces.lint.show': 'Show the place on the card',
  'pieces.lint.severity.error': 'Error',
  'pieces.lint.severity.warning': 'Warning',
  'pieces.lint.severity.info': 'Note',
  'pieces.lint.errors': { one: '{count} error', other: '{count} errors' },
  'pieces.lint.errors.none': 'no errors',
  'pieces.lint.warnings': { one: '{count} warning', other: '{count} warnings' },
  'pieces.lint.warnings.none': 'no warnings',
  'pieces.lint.notes': { one: '{count} note', other: '{count} notes' },
  'pieces.lint.notes.none': 'no notes',
  'pieces.lint.listItem': '{item}',
  'pieces.lint.listAnd': '{list} and {last}',
  'pieces.lint.portalRejects': '{portal}',
  'pieces.lint.duplicateSectionName':
    'Sections "{first}" and "{second}" have the same portal name "{name}"; the card cannot tell them apart.',
  'pieces.lint.contactFieldOnRepeat':
    '{label} is a contact field: repeat leads have none, so the card cannot show it.',
  'pieces.lint.requiredFieldMissing': '{label} is required but not on the card.',
  'pieces.lint.fieldPlacedTwice': '{label} is placed twice (in {sections}).',
  'pieces.lint.fieldPlacedTimes': {
    one: '{label} is placed {count} time (in {sections}).',
    other: '{label} is placed {count} times (in {sections}).',
  },
  'pieces.lint.emptySection': 'Section "{section}" has no fields.',
  'pieces.lint.unknownField': '{field} no longer exists on the portal; the card will not show it.',
  'pieces.lint.unknownField.onPortal': '{field} is a lead field the card cannot show on its own.',
  'pieces.lint.renamedLabel':
    '{label} has the label "{renamed}" renamed in the portal; saving through the REST API resets it to {label}.',
  'pieces.lint.sectionMayLookEmpty':
    'Every field in "{section}" is hidden when empty, so the section can look empty.',

  // saving
  'pieces.save.lintTitle': 'The layout check found errors',
  'pieces.save.anyway': 'Save anyway',
  'pieces.save.lintBody': 'The portal accepts the layout, but the card will not look as intended.',
  'pieces.save.review': 'Review in the check',
  'pieces.save.renamedTitle': 'The portal will drop renamed labels',
  'pieces.save.renamedBody':
    "These fields were renamed in the portal's own card editor: {fields}. The REST API cannot store renamed labels, so after saving they show their standard names again.",
  'pieces.save.failed': '{reason} Your changes are kept in this editor.',
  'pieces.save.failedMaybeStored':
    '{reason} The portal may have stored it all the same. Your changes are kept in this editor.',
  'pieces.save.notSaved': 'The layout was not saved: {reason}',
  'pieces.save.maybeNotSaved': 'The layout may not have been saved: {reason}',
  'pieces.save.cancel': 'Cancel',
  'pieces.save.cancelLabel': 'Cancel saving',
  'pieces.save.cancelled': 'Saving cancelled: nothing was written. Your changes are kept in this editor.',
  'pieces.save.cancelledMaybeStored':
    'Saving cancelled after the layout was sent: the portal may have stored it. Your changes are kept in this editor.',

  // reset and "make the common layout everyone's"
  'pieces.reset.title': 'Reset to the portal default?',
  'pieces.reset.confirm': 'Reset layout',
  'pieces.reset.bodyCommon':
    "The stored common layout of {leads} is deleted on the portal, and this draft is replaced by the portal's built-in default.",
  'pieces.reset.bodyPersonal':
    "The stored personal layout of {leads} is deleted on the portal, and this draft is replaced by the portal's built-in default.",
  'pieces.reset.done': 'The stored layout was deleted: the card shows the portal default.',
  'pieces.force.title': 'Delete every personal layout?',
  'pieces.force.confirm': 'Delete all personal layouts',
  'pieces.force.bodySimple':
    'This deletes the personal simple-lead layout of every user on the portal, and everyone sees the common layout. It cannot be undone. Save the common layout first if it has unsaved changes.',
  'pieces.force.bodyRepeat':
    'This deletes the personal repeat-lead layout of every user on the portal, and everyone sees the common layout. It cannot be undone. Save the common layout first if it has unsaved changes.',
  'pieces.force.done': 'Every personal layout was deleted: everyone now sees the common layout.',
  // remarks on a layout read from the portal or a file (the portal's names and labels are data)
  'pieces.notice.column':
    'The layout was stored inside a column; only the first column is shown, as the portal does.',
  'pieces.notice.columnEmpty': 'The column held no readable sections; the layout is read as empty.',
  'pieces.notice.sameName': 'Two sections are named "{section}"; both are kept.',
  'pieces.notice.sectionType':
    'Section "{section}" has type "{type}"; the portal does not accept it in a saved layout.',
  'pieces.notice.blankElement': 'An element without a field name in section "{section}" was dropped.',
  'pieces.notice.placedTwice':
    'Field {field} is placed twice (sections "{first}" and "{section}"); only the first is kept.',
  'pieces.notice.flagsNotNumber':
    'Field {field} has optionFlags "{value}", which is not a number; it is read as 0.',
  'pieces.notice.renamedLabel':
    'Field {field} has a label renamed in the portal ("{label}"); saving through the REST API resets it.',
} as const satisfies Readonly<Record<string, Message>>;
