import type { Section } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import type { FieldMark } from './compareLayouts';
import type { LeadForm } from './leadForm';
import { usePreviewEnv } from './previewEnv';
import { isShown } from './visibility';
import { ViewField } from './ViewField';

export interface ViewSectionProps {
  readonly section: Section;
  readonly lead: LeadForm;
  /** Region name prefix: "Preview", or "Saved"/"Draft" side by side. */
  readonly prefix: string;
  readonly marksOf?: ((field: string) => readonly FieldMark[]) | undefined;
  /** "New section" / "Removed section" when comparing. */
  readonly sectionMark?: string | undefined;
}

const NO_MARKS: readonly FieldMark[] = [];

/** A card section in view mode: visible fields in order; marked hidden fields drawn faintly. */
export function ViewSection({ section, lead, prefix, marksOf, sectionMark }: ViewSectionProps) {
  const { catalog } = usePreviewEnv();
  const t = useT();
  const rows = section.elements.map((element) => {
    const marks = marksOf?.(element.field) ?? NO_MARKS;
    const shown = isShown(element, lead, catalog.byCode.get(element.field), catalog.fields);
    return { element, marks, shown };
  });
  const visible = rows.filter((r) => r.shown || r.marks.length > 0);
  const hidden = rows.filter((r) => !r.shown && r.marks.length === 0).length;
  return (
    <section className="pv-section" aria-label={`${prefix}: ${section.title}`}>
      <header className="pv-section-head">
        <h3>{section.title}</h3>
        {sectionMark ? <span className="pv-mark pv-mark-section">{sectionMark}</span> : null}
      </header>
      {section.elements.length === 0 ? (
        <p className="pv-section-empty">{t('preview.section.noFields')}</p>
      ) : null}
      {visible.length > 0 ? (
        <div className="pv-fields">
          {visible.map(({ element, marks, shown }) => (
            <ViewField key={element.field} element={element} lead={lead} marks={marks} ghost={!shown} />
          ))}
        </div>
      ) : null}
      {hidden > 0 ? <p className="pv-hidden-note">{t('preview.section.hidden', { count: hidden })}</p> : null}
    </section>
  );
}
