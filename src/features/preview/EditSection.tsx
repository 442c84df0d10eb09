import type { FieldCode, Section } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { EditField } from './EditField';

const NONE: readonly string[] = [];

export interface EditSectionProps {
  readonly section: Section;
  readonly problems: ReadonlyMap<FieldCode, readonly string[]>;
}

/** A card section in edit mode: every field of the layout, filled or not. */
export function EditSection({ section, problems }: EditSectionProps) {
  const t = useT();
  return (
    <section className="pv-section" aria-label={`${t('preview.title')}: ${section.title}`}>
      <header className="pv-section-head">
        <h3>{section.title}</h3>
      </header>
      {section.elements.length === 0 ? (
        <p className="pv-section-empty">{t('preview.section.noFields')}</p>
      ) : (
        <div className="pv-fields">
          {section.elements.map((element) => (
            <EditField key={element.field} element={element} problems={problems.get(element.field) ?? NONE} />
          ))}
        </div>
      )}
    </section>
  );
}
