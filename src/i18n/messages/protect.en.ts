/**
 * English texts of what the editor protects: sections the portal keeps, portal names kept for
 * life, import limits, where a personal layout starts, country codes, settings the portal drops.
 * The keys are checked against Russian in protect.ru.ts.
 */
export const protectEn = {
  // sections the portal protects
  'pieces.section.keptByPortal':
    'The portal does not let this section be deleted (its settings say it is not removable)',
  'pieces.section.keptMain':
    "The portal does not let its main section be deleted: it holds the lead's name and stage",
  'pieces.section.closed':
    'The portal adds no fields to this section (its settings say it cannot be changed)',
  'pieces.sectionSettings.rules': 'What the portal allows',
  'pieces.sectionSettings.removable': 'Can be deleted',
  'pieces.sectionSettings.changeable': 'Fields can be added',
  'pieces.sectionSettings.nameForLife':
    "The portal keeps a section's name for life, so personal layouts, history and comparisons keep matching it. Renaming the section changes only its title.",
  'pieces.deleteSection.kept': 'This section stays on the card.',
  'pieces.lint.protectedSectionMissing':
    'Section "{section}" ({name}) is missing: the portal does not let it be deleted, and its card needs it.',
  'pieces.lint.requiredFieldDropped':
    '{label} is required and the card has it now, but this layout leaves it out.',

  // import limits (IMPORT_LIMITS in layoutJson.ts)
  'dialogs.import.problem.tooLarge':
    'The file is {size}; a layout file can be at most {limit}, the most the portal takes in one save.',
  'dialogs.import.problem.tooManySections': 'The layout has {count} sections; a card holds at most {limit}.',
  'dialogs.import.problem.tooManyFields': 'The layout has {count} fields; a card holds at most {limit}.',

  // where a layout with nothing stored starts
  'pieces.banner.startsFromCommon':
    '{who} has no personal layout: this starts from the common layout, which their card shows today. Saving stores it as their personal layout.',
  'pieces.banner.startsFromDefault':
    '{who} has no personal layout and no common layout is stored: this starts from the portal default, which their card shows today.',
  'dialogs.who.startsFromCommon': 'A personal layout for them starts from the common layout.',
  'dialogs.who.startsFromDefault': 'A personal layout for them starts from the portal default.',

  // the phone field's default country: the countries the portal's phone numbers know
  'pieces.options.country': 'Default country',
  'pieces.options.countrySearch': 'Search countries',
  'pieces.options.countrySearchPlaceholder': 'Country, code or +dialling code',
  'pieces.options.noCountry': 'No country matches.',
  'pieces.options.unknownChoice': '{code}: not a country the portal knows',
  'pieces.options.unknownCountry':
    '"{code}" is not a country the portal knows. Choose a country from the list, or the portal default.',

  // settings the portal keeps only from its own editor, dropped by a REST save: one note, no change
  'dialogs.kept.note':
    "Note: settings only the portal's own editor keeps (section settings, renamed labels) differ here ({what}). The portal drops them whenever a layout is saved through REST, so this is nobody's change and is not listed.",
  'dialogs.kept.sections': { one: '{count} section', other: '{count} sections' },
  'dialogs.kept.fields': { one: '{count} field', other: '{count} fields' },
  'dialogs.kept.and': ' and ',
} as const;
