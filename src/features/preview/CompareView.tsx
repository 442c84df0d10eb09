import { useCallback, useMemo } from 'react';
import type { Layout } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { CardView } from './CardView';
import { compareLayouts, type FieldMark } from './compareLayouts';
import { DiffSummary } from './DiffSummary';
import type { LeadForm } from './leadForm';

export interface CompareViewProps {
  readonly saved: Layout;
  readonly draft: Layout;
  readonly lead: LeadForm;
  readonly badge: string;
}

const NONE: readonly FieldMark[] = [];

/**
 * The saved layout and the draft side by side on the same lead. The saved card marks what the draft
 * removes; the draft card marks what it adds, moves or switches.
 */
export function CompareView({ saved, draft, lead, badge }: CompareViewProps) {
  const t = useT();
  const comparison = useMemo(() => compareLayouts(saved, draft), [saved, draft]);
  const savedMarks = useCallback(
    (field: string) => (comparison.marks.get(field)?.includes('removed') ? (['removed'] as const) : NONE),
    [comparison],
  );
  const draftMarks = useCallback(
    (field: string) => comparison.marks.get(field)?.filter((m) => m !== 'removed') ?? NONE,
    [comparison],
  );
  return (
    <div className="pv-compare">
      <DiffSummary differences={comparison.differences} />
      <div className="pv-compare-cards">
        <div className="pv-compare-side">
          <h3 className="pv-side-title">{t('preview.compare.saved')}</h3>
          <CardView
            layout={saved}
            lead={lead}
            badge={badge}
            prefix={t('preview.compare.savedPrefix')}
            marksOf={savedMarks}
            sectionMarkOf={(name) =>
              comparison.removedSections.has(name) ? t('preview.compare.removedSection') : undefined
            }
          />
        </div>
        <div className="pv-compare-side">
          <h3 className="pv-side-title">{t('preview.compare.draft')}</h3>
          <CardView
            layout={draft}
            lead={lead}
            badge={badge}
            prefix={t('preview.compare.draft')}
            marksOf={draftMarks}
            sectionMarkOf={(name) =>
              comparison.newSections.has(name) ? t('preview.compare.newSection') : undefined
            }
          />
        </div>
      </div>
    </div>
  );
}
