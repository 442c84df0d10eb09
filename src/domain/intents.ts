import { addSection } from './operations/addSection';
import { moveField } from './operations/moveField';
import { moveFields } from './operations/moveFields';
import { moveSection } from './operations/moveSection';
import { placeField } from './operations/placeField';
import { placeFields } from './operations/placeFields';
import { removeField } from './operations/removeField';
import { removeSection } from './operations/removeSection';
import { renameSection } from './operations/renameSection';
import { replaceLayout } from './operations/replaceLayout';
import { setAlwaysShow } from './operations/setAlwaysShow';
import { setElementOptions } from './operations/setElementOptions';
import { setSectionName } from './operations/setSectionName';
import type { FieldCode, Layout, SectionId, Slot } from './types';

/** Every edit of a layout: the store, the drag-and-drop glue and the tests speak this union. */
export type LayoutIntent =
  | { type: 'placeField'; field: FieldCode; to: Slot } // from the palette; no-op if already on the card or section missing
  | { type: 'moveField'; field: FieldCode; to: Slot } // to.index = index AFTER the move
  | { type: 'placeFields'; fields: readonly FieldCode[]; to: Slot } // several from the palette, in the order given
  | { type: 'moveFields'; fields: readonly FieldCode[]; to: Slot } // together, in card order; to.index = index AFTER all left
  | { type: 'removeField'; field: FieldCode }
  | { type: 'setAlwaysShow'; field: FieldCode; value: boolean } // flips bit 1 of optionFlags only, other bits kept
  | { type: 'setElementOptions'; field: FieldCode; options: Readonly<Record<string, unknown>> } // merge; undefined deletes a key
  | { type: 'addSection'; section: SectionId; title: string; index?: number } // name derived from title, unique
  | { type: 'removeSection'; section: SectionId } // its fields leave the card (back to the palette)
  | { type: 'moveSection'; section: SectionId; index: number }
  | { type: 'renameSection'; section: SectionId; title: string } // title only; name unchanged
  | { type: 'setSectionName'; section: SectionId; name: string } // no-op if the name is taken by another section or blank
  | { type: 'replaceLayout'; layout: Layout }; // e.g. reset to default / restore

/** Compile-time exhaustiveness: a new intent fails to compile until every switch handles it. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}

/**
 * Applies one intent; returns `layout` itself when the intent changes nothing, and shares every
 * section the intent did not touch, so "nothing changed" is a reference check.
 */
export function applyIntent(layout: Layout, intent: LayoutIntent): Layout {
  switch (intent.type) {
    case 'placeField':
      return placeField(layout, intent);
    case 'moveField':
      return moveField(layout, intent);
    case 'placeFields':
      return placeFields(layout, intent);
    case 'moveFields':
      return moveFields(layout, intent);
    case 'removeField':
      return removeField(layout, intent);
    case 'setAlwaysShow':
      return setAlwaysShow(layout, intent);
    case 'setElementOptions':
      return setElementOptions(layout, intent);
    case 'addSection':
      return addSection(layout, intent);
    case 'removeSection':
      return removeSection(layout, intent);
    case 'moveSection':
      return moveSection(layout, intent);
    case 'renameSection':
      return renameSection(layout, intent);
    case 'setSectionName':
      return setSectionName(layout, intent);
    case 'replaceLayout':
      return replaceLayout(layout, intent);
    default:
      return assertNever(intent);
  }
}

/** Applies intents in order (seeds, scenario tests, replaying a history). */
export function applyIntents(layout: Layout, intents: Iterable<LayoutIntent>): Layout {
  let current = layout;
  for (const intent of intents) current = applyIntent(current, intent);
  return current;
}
