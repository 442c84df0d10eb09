import { createContext, useContext } from 'react';
import type { CardField } from '../../../domain/cardFields';

/** The placeable fields of the current lead type, by code: labels, kinds and marks for leaf components. */
export type FieldCatalog = ReadonlyMap<string, CardField>;

export const FieldCatalogContext = createContext<FieldCatalog>(new Map());
export const useFieldCatalog = () => useContext(FieldCatalogContext);

/** Label of a field; a code the portal no longer has is shown as the code itself. */
export function useFieldLabel(code: string): string {
  return useFieldCatalog().get(code)?.label ?? code;
}
