import type { Layout } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { CardHeader } from './CardHeader';
import { EditSection } from './EditSection';
import { useForm } from './formStore';
import { usePreviewEnv } from './previewEnv';
import { SaveBar } from './SaveBar';
import type { LeadSave } from './useLeadSave';

export interface CardEditProps {
  readonly layout: Layout;
  readonly badge: string;
  readonly save: LeadSave;
  readonly isSample: boolean;
}

/** The lead card in edit mode: every field of the layout with an input fit for its type. */
export function CardEdit({ layout, badge, save, isSample }: CardEditProps) {
  const form = useForm((s) => s.form);
  const t = useT();
  const { words } = usePreviewEnv();
  return (
    <form
      className="pv-card pv-card-edit"
      aria-label={t(words.editForm)}
      // Enter in a field must not send anything: saving is the button's job, as on the portal
      onSubmit={(e) => e.preventDefault()}
    >
      <CardHeader lead={form} badge={badge} />
      <div className="pv-sections">
        {layout.sections.map((section) => (
          <EditSection key={section.id} section={section} problems={save.problems} />
        ))}
      </div>
      <SaveBar save={save} isSample={isSample} />
    </form>
  );
}
