/**
 * English texts of the lead card tab the app adds to the portal (settings panel, first-run
 * offer, install step). The keys are checked against Russian in placement.ru.ts.
 */
export const placementEn = {
  // the tab's own title on the portal's lead card, sent in every language the app speaks
  'placement.tabTitle': 'Card layout',
  'placement.settings': 'Lead card tab',
  'placement.panel.title': 'The “Card layout” tab on the lead card',
  'placement.panel.intro':
    'The tab opens this app on every lead card of the portal, with that lead as the preview record. Only portal administrators can add or remove it.',
  'placement.status.loading': 'Checking the lead card…',
  'placement.status.bound': 'The lead card has the “Card layout” tab.',
  'placement.status.unbound': 'The lead card has no “Card layout” tab.',
  'placement.add': 'Add the tab',
  'placement.remove': 'Remove the tab',
  'placement.added': 'The “Card layout” tab was added to the lead card.',
  'placement.removed': 'The “Card layout” tab was removed from the lead card.',
  'placement.failed': 'The portal refused: {text}',
  'placement.close': 'Close',
  'placement.offer.text': 'Add a “Card layout” tab to the lead card, so the layout opens from any lead?',
  'placement.offer.later': 'Not now',
} as const;
