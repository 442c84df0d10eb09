import { deepEqual } from './deepEqual';
import type { Layout, Section } from './types';

const sameSection = (a: Section, b: Section): boolean =>
  a === b ||
  (a.name === b.name &&
    a.title === b.title &&
    deepEqual(a.extra, b.extra) &&
    deepEqual(a.elements, b.elements));

/**
 * Whether two layouts would be the same on the portal: same sections in the same order with the
 * same names, titles, elements (flags, options, kept keys) and kept keys; editor section ids are
 * ignored. Shared sections short-cut the comparison.
 */
export function sameLayout(a: Layout, b: Layout): boolean {
  if (a === b) return true;
  if (a.sections.length !== b.sections.length) return false;
  return a.sections.every((s, i) => {
    const other = b.sections[i];
    return other !== undefined && sameSection(s, other);
  });
}
