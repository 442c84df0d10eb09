import { useMemo } from 'react';
import { diffLayouts, keptSettingsDiffer } from '../../../domain/diff';
import type { Layout } from '../../../domain/types';
import { useT } from '../../../i18n/i18nStore';
import { alignSections } from './alignSections';
import { ChangeList, countOf, KeptSettingsNoteText } from './ChangeList';

export interface VersionPreviewProps {
  readonly layout: Layout;
  readonly draft: Layout;
  readonly labelOf: (field: string) => string;
}

/** A kept version: what restoring it would change in the draft, and its sections and fields. */
export function VersionPreview({ layout, draft, labelOf }: VersionPreviewProps) {
  const t = useT();
  const changes = useMemo(() => diffLayouts(draft, alignSections(draft, layout)), [draft, layout]);
  const kept = useMemo(() => keptSettingsDiffer(draft, layout), [draft, layout]);
  return (
    <div className="version-preview" aria-label={t('dialogs.version.region')} role="region">
      <h3 className="safety-h">
        {t('dialogs.version.wouldChange', { changes: countOf(t, changes.length, 'changes') })}
      </h3>
      <KeptSettingsNoteText note={kept} />
      <ChangeList
        changes={changes}
        labelOf={labelOf}
        empty={t('dialogs.version.same')}
        label={t('dialogs.version.changes')}
      />
      <h3 className="safety-h">{t('dialogs.version.outline')}</h3>
      <ol className="outline">
        {layout.sections.map((s) => (
          <li key={s.id}>
            <strong>{s.title}</strong> <span className="section-name">{s.name}</span>
            <span className="outline-fields">
              {s.elements.length === 0
                ? t('dialogs.version.noFields')
                : s.elements.map((e) => labelOf(e.field)).join(', ')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
