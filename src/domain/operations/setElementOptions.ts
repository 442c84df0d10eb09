import { deepEqual } from '../deepEqual';
import { mapElementsOf } from '../layoutEdits';
import type { CardElement, FieldCode, Layout } from '../types';

/**
 * Merges `options` into a placed field's options: a key with value `undefined` is deleted, keys not
 * mentioned are kept, and an empty result leaves `options` absent. Returns `layout` itself when no
 * key changes value (compared structurally) or the field is not on the card.
 */
export function setElementOptions(
  layout: Layout,
  { field, options }: { field: FieldCode; options: Readonly<Record<string, unknown>> },
): Layout {
  return mapElementsOf(layout, field, (e) => mergeOptions(e, options));
}

function mergeOptions(element: CardElement, patch: Readonly<Record<string, unknown>>): CardElement {
  // A Map rather than a spread object, so a key such as `__proto__` stays plain data.
  const merged = new Map(Object.entries(element.options ?? {}));
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      changed = merged.delete(key) || changed;
    } else if (!merged.has(key) || !deepEqual(merged.get(key), value)) {
      merged.set(key, value);
      changed = true;
    }
  }
  if (!changed) return element;
  const { options: _replaced, ...rest } = element;
  return merged.size === 0 ? rest : { ...rest, options: Object.fromEntries(merged) };
}
