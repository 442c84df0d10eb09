import { useMemo } from 'react';
import { diffLayouts } from '../../domain/diff';
import type { Layout } from '../../domain/types';
import { alignSections } from './alignSections';
import { ChangeList, countText } from './ChangeList';

export interface VersionPreviewProps {
  readonly layout: Layout;
  readonly draft: Layout;
  readonly labelOf: (field: string) => string;
}

/** A kept version: what restoring it would change in the draft, and its sections and fields. */
export function VersionPreview({ layout, draft, labelOf }: VersionPreviewProps) {
  const changes = useMemo(() => diffLayouts(draft, alignSections(draft, layout)), [draft, layout]);
  return (
    <div className="version-preview" aria-label="Version preview" role="region">
      <h3 className="safety-h">Restoring it would change the draft: {countText(changes.length, 'change')}</h3>
      <ChangeList
        changes={changes}
        labelOf={labelOf}
        empty="Nothing: the draft is this version."
        label="What restoring changes"
      />
      <h3 className="safety-h">The version</h3>
      <ol className="outline">
        {layout.sections.map((s) => (
          <li key={s.id}>
            <strong>{s.title}</strong> <span className="section-name">{s.name}</span>
            <span className="outline-fields">
              {s.elements.length === 0 ? 'no fields' : s.elements.map((e) => labelOf(e.field)).join(', ')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
