import type { Layout, Section } from './types';

/**
 * What the portal's own card editor lets a user do with a section, read from the section's `data`
 * as the portal's UI saves it.
 *
 * Source (Bitrix24 `ui` module, `install/js/ui/entity-editor/js/control.js`,
 * `BX.UI.EntityEditorSection.prototype.showButtonPanel`): the "Delete section" link is drawn only
 * when `getDataBooleanParam("isRemovable", true)`; the "Select field" / "Create field" links only
 * when `getDataBooleanParam("isChangeable", true)`. Both default to allowed when the key is absent.
 *
 * `crm.lead.details.configuration.set` keeps of a section only `type`, `name`, `title` and
 * `elements` (`EntityEditorConfig::sanitize`, BITRIX24-API.md 1.6): a layout written by REST has no
 * `data`, and the portal's card then allows everything. The portal itself builds its main section
 * as not removable (`crm.lead.details/ajax.php`, the editor for a chosen set of fields: section
 * `main` with `data: {isChangeable: true, isRemovable: false}`), so the editor keeps `main` even
 * when a REST write has dropped its settings.
 */
export interface SectionRules {
  /** May be deleted. */
  readonly removable: boolean;
  /** Fields may be added to it (from the field list or another section). */
  readonly changeable: boolean;
  /** Why a rule holds: the section's own settings, or the portal's built-in main section. */
  readonly because: 'settings' | 'portalMain' | null;
}

/** The portal name of the section the portal builds as not removable. */
export const PORTAL_MAIN_SECTION = 'main';

/**
 * A `data` flag as the portal's `BX.prop.getBoolean` reads it: a boolean, or the strings a
 * form-encoded save leaves (`"true"`/`"false"`, `"Y"`/`"N"`, `"1"`/`"0"`); anything else: unset.
 */
function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'y' || v === '1') return true;
  if (v === 'false' || v === 'n' || v === '0') return false;
  return undefined;
}

const dataOf = (section: Section): Readonly<Record<string, unknown>> | undefined => {
  const data = section.extra?.['data'];
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Readonly<Record<string, unknown>>)
    : undefined;
};

/** The rules of `section` (see the module comment). */
export function sectionRules(section: Section): SectionRules {
  const data = dataOf(section);
  const removableFlag = flag(data?.['isRemovable']);
  const changeableFlag = flag(data?.['isChangeable']);
  const isMain = section.name === PORTAL_MAIN_SECTION;
  const removable = removableFlag ?? !isMain;
  const changeable = changeableFlag ?? true;
  const bySettings = removableFlag === false || changeableFlag === false;
  return {
    removable,
    changeable,
    because: bySettings ? 'settings' : !removable ? 'portalMain' : null,
  };
}

/** A section the portal protects from deletion, as a check item names it. */
export interface ProtectedSection {
  readonly name: string;
  readonly title: string;
}

/**
 * The sections `reference` protects from deletion (its not removable ones), plus the portal's main
 * section whatever `reference` says (titled `mainTitle` when `reference` lacks it): a layout that
 * leaves one of them out drops what the portal's own editor would not let anyone delete.
 */
export function protectedSections(reference: Layout | undefined, mainTitle: string): ProtectedSection[] {
  const found = (reference?.sections ?? [])
    .filter((s) => !sectionRules(s).removable)
    .map((s) => ({ name: s.name, title: s.title.trim() === '' ? s.name : s.title }));
  return found.some((s) => s.name === PORTAL_MAIN_SECTION)
    ? found
    : [{ name: PORTAL_MAIN_SECTION, title: mainTitle }, ...found];
}
