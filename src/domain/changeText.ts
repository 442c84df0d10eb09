import { deepEqual } from './deepEqual';
import { sectionLabel, type LayoutChange, type Options } from './diff';
import { assertNever } from './intents';
import type { CodedText } from './textCodes';
import { SHOW_ALWAYS_FLAG, type FieldCode } from './types';

/**
 * Every kind of change sentence; the interface words each in its language
 * (`dialogs.change.<code>`). A flags change that only turns "always shown" on or off has a code of
 * its own, and so has an options change of one key (set, removed, changed).
 */
export type ChangeCode =
  | 'sectionAdded'
  | 'sectionRemoved'
  | 'sectionRenamed'
  | 'sectionNameChanged'
  | 'sectionMoved'
  | 'fieldAdded'
  | 'fieldRemoved'
  | 'fieldMoved'
  | 'fieldReordered'
  | 'alwaysShown'
  | 'hiddenWhenEmpty'
  | 'flagsChanged'
  | 'optionsChanged'
  | 'optionSet'
  | 'optionRemoved'
  | 'optionChanged';

export type ChangeText = CodedText<ChangeCode>;

function optionsText(field: string, before: Options, after: Options): ChangeText {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((k) => !deepEqual(before?.[k], after?.[k]))
    .sort();
  const [only] = keys;
  if (keys.length !== 1 || only === undefined) {
    return { code: 'optionsChanged', params: { field, keys: keys.join(', ') } };
  }
  // values are the portal's own data, quoted as JSON; a key that differs has a value on one side
  const was = before?.[only];
  const is = after?.[only];
  if (was === undefined)
    return { code: 'optionSet', params: { field, key: only, value: JSON.stringify(is) } };
  if (is === undefined) return { code: 'optionRemoved', params: { field, key: only } };
  return {
    code: 'optionChanged',
    params: { field, key: only, before: JSON.stringify(was), after: JSON.stringify(is) },
  };
}

function flagsText(field: string, before: number, after: number): ChangeText {
  const others = ~SHOW_ALWAYS_FLAG;
  if (Number.isInteger(before) && Number.isInteger(after) && (before & others) === (after & others)) {
    return { code: (after & SHOW_ALWAYS_FLAG) !== 0 ? 'alwaysShown' : 'hiddenWhenEmpty', params: { field } };
  }
  return { code: 'flagsChanged', params: { field, before: String(before), after: String(after) } };
}

/**
 * The sentence for `change` as a code and slot values: `labelOf` names a field (its card label),
 * sections go by title, positions are 1-based.
 */
export function changeText(change: LayoutChange, labelOf: (field: FieldCode) => string): ChangeText {
  const position = (i: number) => String(i + 1);
  switch (change.kind) {
    case 'sectionAdded':
    case 'sectionRemoved':
      return { code: change.kind, params: { section: sectionLabel(change.section) } };
    case 'sectionRenamed':
      return { code: change.kind, params: { before: change.before, after: change.after } };
    case 'sectionNameChanged':
      return {
        code: change.kind,
        params: { section: sectionLabel(change.section), before: change.before, after: change.after },
      };
    case 'sectionMoved':
      return {
        code: change.kind,
        params: {
          section: sectionLabel(change.section),
          from: position(change.from),
          to: position(change.to),
        },
      };
    case 'fieldAdded':
    case 'fieldRemoved':
      return {
        code: change.kind,
        params: { field: labelOf(change.field), section: sectionLabel(change.section) },
      };
    case 'fieldMoved':
      return {
        code: change.kind,
        params: {
          field: labelOf(change.field),
          from: sectionLabel(change.fromSection),
          to: sectionLabel(change.toSection),
        },
      };
    case 'fieldReordered':
      return {
        code: change.kind,
        params: {
          field: labelOf(change.field),
          from: position(change.from),
          to: position(change.to),
          section: sectionLabel(change.section),
        },
      };
    case 'flagsChanged':
      return flagsText(labelOf(change.field), change.before, change.after);
    case 'optionsChanged':
      return optionsText(labelOf(change.field), change.before, change.after);
    default:
      return assertNever(change);
  }
}
