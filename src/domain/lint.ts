import { isContactField, type CardField, type CardLanguage } from './cardFields';
import { sectionTitlesOf, cardFieldsOf } from './cards';
import { SIMPLE_LEADS, type CardType } from './cardType';
import { SHOW_ALWAYS_FLAG, type FieldCode, type Layout, type Section, type SectionId } from './types';
import { layoutPayload } from './layoutJson';
import { protectedSections } from './sectionRules';
import { checkLayoutData } from './validate';

/** `error`: the save fails or the card breaks; `warning`: likely a mistake; `info`: worth knowing. */
export type LintSeverity = 'error' | 'warning' | 'info';

/**
 * What each kind of finding names, so the interface can word it in its own language: field labels,
 * section titles and names, counts. `portalRejects` carries the portal's own `set` message
 * (BITRIX24-API.md 1.6), quoted as it is in any language.
 */
export interface LintParamsByKind {
  readonly portalRejects: { readonly portal: string };
  readonly duplicateSectionName: { readonly first: string; readonly second: string; readonly name: string };
  readonly contactFieldOnRepeat: { readonly label: string };
  readonly requiredFieldMissing: { readonly label: string };
  /** A required field the card has now (`LintContext.reference`) is gone from the layout. */
  readonly requiredFieldDropped: { readonly label: string };
  /** A section the portal protects from deletion (`protectedSections`) is not in the layout. */
  readonly protectedSectionMissing: { readonly section: string; readonly name: string };
  /** `count` places, in the sections titled `sections` (each title once, in card order). */
  readonly fieldPlacedTwice: {
    readonly label: string;
    readonly count: number;
    readonly sections: readonly string[];
  };
  readonly emptySection: { readonly section: string };
  /** `onPortal`: a field of the entity the card cannot show on its own; otherwise gone from the portal. */
  readonly unknownField: { readonly field: FieldCode; readonly onPortal: boolean };
  readonly renamedLabel: { readonly label: string; readonly renamed: string };
  readonly sectionMayLookEmpty: { readonly section: string };
}

/** One rule per kind. */
export type LintKind = keyof LintParamsByKind;

/** A kind with its params, so a `switch` on `kind` knows what `params` holds. */
export type LintDetail = {
  [K in LintKind]: { readonly kind: K; readonly params: LintParamsByKind[K] };
}[LintKind];

/** Where an item points: a section, a field in a section, or a field not on the card (palette). */
export interface LintPlace {
  readonly section?: SectionId;
  readonly field?: FieldCode;
}

/** One finding, pointing at the place to open when clicked. */
export type LintItem = LintDetail & {
  /** Stable while the problem lasts (React key): kind, section and field. */
  readonly id: string;
  readonly severity: LintSeverity;
  readonly at: LintPlace;
};

/** What a layout is checked against: one card on one portal. */
export interface LintContext {
  /** The card the layout is for. */
  readonly card: CardType;
  /** The placeable fields of the card (`cardFieldsOf`); a placed field not among them is reported. */
  readonly cardFields: readonly CardField[];
  /** The entity's field codes (`crm.lead.fields`...): tells "a field the card cannot show" from "gone from the portal". */
  readonly portalFieldCodes?: Iterable<FieldCode>;
  /** Language of the card's own labels (as `cardFields`), for contact fields a repeat card lacks. */
  readonly lang?: CardLanguage;
  /**
   * The layout the card has now (saved, or the portal default): its protected sections must stay
   * (an import, a copy or a restored version may leave them out). The main section always must.
   */
  readonly reference?: Layout;
}

const SEVERITY_RANK: Readonly<Record<LintSeverity, number>> = { error: 0, warning: 1, info: 2 };
const KIND_RANK: Readonly<Record<LintKind, number>> = {
  portalRejects: 0,
  duplicateSectionName: 1,
  contactFieldOnRepeat: 2,
  protectedSectionMissing: 3,
  requiredFieldDropped: 3,
  requiredFieldMissing: 3,
  fieldPlacedTwice: 4,
  emptySection: 5,
  unknownField: 6,
  renamedLabel: 7,
  sectionMayLookEmpty: 8,
};

const SEVERITY: Readonly<Record<LintKind, LintSeverity>> = {
  portalRejects: 'error',
  duplicateSectionName: 'error',
  contactFieldOnRepeat: 'error',
  // the card loses what the portal's own editor never lets go: saving asks first
  protectedSectionMissing: 'error',
  requiredFieldDropped: 'error',
  requiredFieldMissing: 'warning',
  fieldPlacedTwice: 'warning',
  emptySection: 'warning',
  unknownField: 'warning',
  renamedLabel: 'warning',
  sectionMayLookEmpty: 'info',
};

/** Contact fields' card labels, for naming them on a repeat layout whose card fields lack them. */
const contactLabels = (lang: CardLanguage): ReadonlyMap<FieldCode, string> =>
  new Map(
    cardFieldsOf(SIMPLE_LEADS, {}, lang)
      .filter((f) => isContactField(f.code))
      .map((f) => [f.code, f.label]),
  );
const CONTACT_LABELS: Readonly<Record<CardLanguage, ReadonlyMap<FieldCode, string>>> = {
  en: contactLabels('en'),
  ru: contactLabels('ru'),
};

const titleOf = (s: Section): string => (s.title.trim() === '' ? s.name : s.title);

type Draft = LintDetail & {
  readonly at: LintPlace;
  /** Position for sorting: section index and element index (-1: the section itself). */
  readonly order: readonly [number, number];
};

const place = (section: SectionId | undefined, field: FieldCode | undefined): LintPlace => ({
  ...(section !== undefined ? { section } : {}),
  ...(field !== undefined ? { field } : {}),
});

/**
 * Every problem of `layout` for its card, sorted by severity (errors first), then by
 * place on the card (section by section, fields not on the card last), then by rule: the portal's
 * own refusal, duplicate section names, contact fields on a repeat layout, a protected section
 * left out, a required field the card has now left out (errors); required field missing, field
 * placed twice, empty section, field gone from the portal, renamed label the REST
 * save drops (warnings); section whose fields are all hidden when empty (info).
 */
export function lintLayout(layout: Layout, context: LintContext): LintItem[] {
  const { card } = context;
  const repeatLead = card.entity === 'lead' && card.leadType === 'repeat';
  const known = new Map(context.cardFields.map((f) => [f.code, f]));
  const portalCodes = new Set(context.portalFieldCodes ?? []);
  const contacts = CONTACT_LABELS[context.lang ?? 'en'];
  const labelOf = (code: FieldCode): string => known.get(code)?.label ?? contacts.get(code) ?? code;
  const found: Draft[] = [];
  const add = (detail: LintDetail, at: LintPlace, order: readonly [number, number]) =>
    found.push({ ...detail, at, order });

  // the payload `toPortal` sends: a kept section `type` (e.g. `included_area`) shows here first
  const verdict = checkLayoutData(layoutPayload(layout));
  if (verdict) {
    const section = 'section' in verdict ? verdict.section : undefined;
    const element = 'element' in verdict ? verdict.element : undefined;
    const s = section === undefined ? undefined : layout.sections[section];
    const e = element === undefined ? undefined : s?.elements[element];
    add({ kind: 'portalRejects', params: { portal: verdict.message } }, place(s?.id, e?.field), [
      section ?? -1,
      element ?? -1,
    ]);
  }

  const firstWithName = new Map<string, Section>();
  const placesOf = new Map<FieldCode, { section: Section; order: [number, number] }[]>();
  layout.sections.forEach((s, si) => {
    const twin = firstWithName.get(s.name);
    if (twin) {
      const params = { first: titleOf(twin), second: titleOf(s), name: s.name };
      add({ kind: 'duplicateSectionName', params }, place(s.id, undefined), [si, -1]);
    } else {
      firstWithName.set(s.name, s);
    }
    const section = titleOf(s);
    if (s.elements.length === 0) {
      add({ kind: 'emptySection', params: { section } }, place(s.id, undefined), [si, -1]);
    } else if (s.elements.every((e) => (e.optionFlags & SHOW_ALWAYS_FLAG) === 0)) {
      add({ kind: 'sectionMayLookEmpty', params: { section } }, place(s.id, undefined), [si, -1]);
    }

    s.elements.forEach((e, ei) => {
      const places = placesOf.get(e.field);
      if (places) {
        places.push({ section: s, order: [si, ei] });
        return; // the rules below ran for the first copy; the copies get one item below
      }
      placesOf.set(e.field, [{ section: s, order: [si, ei] }]);
      const at = place(s.id, e.field);
      const label = labelOf(e.field);
      if (repeatLead && isContactField(e.field)) {
        add({ kind: 'contactFieldOnRepeat', params: { label } }, at, [si, ei]);
      } else if (!known.has(e.field)) {
        const onPortal = portalCodes.has(e.field);
        add({ kind: 'unknownField', params: { field: e.field, onPortal } }, at, [si, ei]);
      }
      const renamed = e.extra?.['title'];
      if (typeof renamed === 'string') {
        add({ kind: 'renamedLabel', params: { label, renamed } }, at, [si, ei]);
      }
    });
  });

  for (const [field, places] of placesOf) {
    const second = places[1];
    if (!second) continue;
    const sections = [...new Set(places.map((p) => titleOf(p.section)))];
    const label = labelOf(field);
    add(
      { kind: 'fieldPlacedTwice', params: { label, count: places.length, sections } },
      place(second.section.id, field),
      second.order,
    );
  }

  const names = new Set(layout.sections.map((s) => s.name));
  const lang = context.lang ?? 'en';
  const mainTitle = sectionTitlesOf(card, lang)['main'] ?? 'main';
  for (const p of protectedSections(context.reference, mainTitle)) {
    if (names.has(p.name)) continue;
    add(
      { kind: 'protectedSectionMissing', params: { section: p.title, name: p.name } },
      place(undefined, undefined),
      [-1, -1],
    );
  }

  const onReference = new Set(context.reference?.sections.flatMap((s) => s.elements.map((e) => e.field)));
  for (const f of context.cardFields) {
    if (f.isRequired && !placesOf.has(f.code) && onReference.has(f.code)) {
      add({ kind: 'requiredFieldDropped', params: { label: f.label } }, place(undefined, f.code), [
        Number.MAX_SAFE_INTEGER,
        0,
      ]);
    } else if (f.isRequired && !placesOf.has(f.code)) {
      add({ kind: 'requiredFieldMissing', params: { label: f.label } }, place(undefined, f.code), [
        Number.MAX_SAFE_INTEGER,
        0,
      ]);
    }
  }

  return found
    .map((d, n) => ({ d, n }))
    .sort(
      (x, y) =>
        SEVERITY_RANK[SEVERITY[x.d.kind]] - SEVERITY_RANK[SEVERITY[y.d.kind]] ||
        x.d.order[0] - y.d.order[0] ||
        x.d.order[1] - y.d.order[1] ||
        KIND_RANK[x.d.kind] - KIND_RANK[y.d.kind] ||
        x.n - y.n,
    )
    .map(({ d: { order: _order, at, ...detail } }) => ({
      id: `${detail.kind}:${at.section ?? ''}:${at.field ?? ''}`,
      ...detail,
      severity: SEVERITY[detail.kind],
      at,
    }));
}
