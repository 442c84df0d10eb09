/**
 * English texts of the preview of a card other than the lead's: the record is named by its
 * entity where it stands alone ("Deal #12"), and "record" elsewhere. Checked against records.ru.ts.
 */
export const recordsEn = {
  'preview.record.entity.deal': 'Deal',
  'preview.record.entity.contact': 'Contact',
  'preview.record.entity.company': 'Company',
  'preview.record.entity.quote': 'Quote',
  'preview.record.entity.invoice': 'Invoice',
  'preview.record.entity.dynamic': 'Item',
  'preview.record.numbered': '{entity} #{id}',
  'preview.record.dialog': 'Choose a record',
  'preview.record.search': 'Search records by title or name',
  'preview.record.loading': 'Loading records…',
  'preview.record.count': { one: '{count} record', other: '{count} records' },
  'preview.record.match': { one: '{count} record matches', other: '{count} records match' },
  'preview.record.loadingRecord': 'Loading the record…',
  'preview.record.useSample': 'Show the sample record',
  'preview.record.sample': 'Sample record',
  'preview.record.untitled': 'Untitled record',
  'preview.record.editForm': 'Edit record',
  'preview.record.save': 'Save record',
  'preview.record.createFromSample': 'Create a record from these values',
  'preview.record.sampleHint':
    'The sample record is not on the portal: saving creates a new record with these values.',
  'preview.record.created': 'Record #{id} created from the sample values.',
  'preview.record.saved': {
    one: 'Record #{id} saved ({count} field sent).',
    other: 'Record #{id} saved ({count} fields sent).',
  },
  'preview.record.missing':
    'The portal says "{portal}": this record is not on the portal (deleted, or a wrong id). Pick another record.',
  'preview.record.createTitle': 'Create a test record',
  'preview.record.defaultName': 'Test record {time}',
  'preview.record.submit': 'Create record',
  'preview.record.intro': {
    one: 'Fills the {count} field of this card with sample values and creates the record on the portal with {method}; it then opens here.',
    other:
      'Fills the {count} fields of this card with sample values and creates the record on the portal with {method}; it then opens here.',
  },
  'preview.record.name': 'Record name',
  'preview.record.done': 'Test record #{id} created; it is open in the preview.',
} as const;
