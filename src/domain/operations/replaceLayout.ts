import { deepEqual } from '../deepEqual';
import type { Layout } from '../types';

/**
 * Replaces the whole layout (reset to the default, restore a saved one); returns `layout` itself
 * when `next` is structurally identical, section ids included, so a reset that changes nothing
 * leaves no trace in the undo history.
 */
export function replaceLayout(layout: Layout, { layout: next }: { layout: Layout }): Layout {
  return deepEqual(layout, next) ? layout : next;
}
