import type { Layout } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import type { FieldMark } from './compareLayouts';
import { CardHeader } from './CardHeader';
import type { LeadForm } from './leadForm';
import { ViewSection } from './ViewSection';

export interface CardViewProps {
  readonly layout: Layout;
  readonly lead: LeadForm;
  readonly badge: string;
  /** Region name prefix of the sections; "Preview" when absent. */
  readonly prefix?: string;
  readonly marksOf?: ((field: string) => readonly FieldMark[]) | undefined;
  readonly sectionMarkOf?: ((sectionName: string) => string | undefined) | undefined;
}

/** The lead card in view mode, laid out by `layout`, sections in order. */
export function CardView({ layout, lead, badge, prefix, marksOf, sectionMarkOf }: CardViewProps) {
  const t = useT();
  return (
    <div className="pv-card">
      <CardHeader lead={lead} badge={badge} />
      {layout.sections.length === 0 ? <p className="empty-hint">{t('preview.card.noSections')}</p> : null}
      <div className="pv-sections">
        {layout.sections.map((section) => (
          <ViewSection
            key={section.id}
            section={section}
            lead={lead}
            prefix={prefix ?? t('preview.title')}
            marksOf={marksOf}
            sectionMark={sectionMarkOf?.(section.name)}
          />
        ))}
      </div>
    </div>
  );
}
