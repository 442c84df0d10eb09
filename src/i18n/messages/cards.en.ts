import type { Message } from '../types';

/**
 * English texts of the card picker and of the cards named inside sentences ("the common layout
 * of {leads}"). The keys are checked against Russian in cards.ru.ts.
 */
export const cardsEn = {
  'cards.picker': 'Card',
  'cards.picker.hint': 'Which CRM card to design',
  'cards.picker.loading': 'Loading pipelines and smart processes…',
  'cards.picker.failed': 'Pipelines and smart processes did not load: {reason}',
  'cards.picker.retry': 'Try again',
  'cards.picker.unsaved': '{name} (unsaved changes)',
  'cards.group.leads': 'Leads',
  'cards.group.deals': 'Deals',
  'cards.group.others': 'Contacts, companies, quotes, invoices',
  'cards.group.processes': 'Smart processes',
  'cards.name.lead.simple': 'Leads: simple',
  'cards.name.lead.repeat': 'Leads: repeat',
  'cards.name.deal': 'Deals: {pipeline}',
  'cards.name.contact': 'Contacts',
  'cards.name.company': 'Companies',
  'cards.name.quote': 'Quotes',
  'cards.name.invoice': 'Invoices',
  'cards.name.dynamic': '{process}: {funnel}',
  'cards.pipeline.numbered': 'pipeline {id}',
  'cards.process.numbered': 'smart process {id}',
  // inside sentences: "the common layout of {leads}"
  'cards.of.deal': 'deals of the "{pipeline}" pipeline',
  'cards.of.contact': 'contacts',
  'cards.of.company': 'companies',
  'cards.of.quote': 'quotes',
  'cards.of.invoice': 'invoices',
  'cards.bulk.layout': 'personal layout of {leads}',
  'cards.force.body':
    'This deletes the personal layout of {leads} of every user on the portal, and everyone sees the common layout. It cannot be undone. Save the common layout first if it has unsaved changes.',
  'cards.pipelines.open': 'All pipelines',
  'cards.pipelines.openHint': "Use this pipeline's card for all pipelines, after seeing what changes",
  'cards.pipelines.title': "Use this pipeline's card for all pipelines",
  'cards.pipelines.note':
    'The layout of {leads} in the editor, unsaved changes included, is saved to each pipeline ticked below (the same common or personal layout). First see what changes in each.',
  'cards.pipelines.none': 'This card has no other pipelines.',
  'cards.pipelines.reading': 'Reading the layouts of the other pipelines…',
  'cards.pipelines.stored': '(saved layout)',
  'cards.pipelines.default': '(portal default)',
  'cards.pipelines.same': 'Already the same.',
  'cards.pipelines.changes': 'What changes in {name}',
  'cards.pipelines.submit': { one: 'Use for {count} pipeline', other: 'Use for {count} pipelines' },
  'cards.of.dynamic': '"{process}" items of the "{funnel}" funnel',
} as const satisfies Record<string, Message>;
