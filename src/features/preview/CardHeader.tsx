import type { Status } from '../../api/schemas/status';
import { useT } from '../../i18n/i18nStore';
import { formValue, type LeadForm } from './leadForm';
import { usePreviewEnv } from './previewEnv';
import { recordTitle, stageOf } from './recordStages';
import { safeColor } from './safeColor';

/** A "failed" stage (junk): the portal's bar shows it only when the lead is in it (BITRIX24-API.md 3.5). */
const isFailure = (s: Status): boolean => s.SEMANTICS === 'F' || s.EXTRA?.SEMANTICS === 'failure';

const DEFAULT_STAGE_COLOR = '#2fc6f6';

export interface CardHeaderProps {
  readonly lead: LeadForm;
  /** "Sample lead" or the lead's id, shown beside the title. */
  readonly badge: string;
}

/** The card's top as on the portal: the lead's title and its stage bar (failed stages only when current). */
export function CardHeader({ lead, badge }: CardHeaderProps) {
  const { refs, card, words } = usePreviewEnv();
  const t = useT();
  const title = recordTitle(card, lead);
  const stage = stageOf(card, lead);
  const current = stage ? formValue(lead, stage.key) : '';
  const stages = (stage ? (refs.statuses.get(stage.entity) ?? []) : []).filter(
    (s) => s.STATUS_ID === current || !isFailure(s),
  );
  const reached = stages.findIndex((s) => s.STATUS_ID === current);
  // the portal's colour only when it is one: never portal text inside a style
  const color = safeColor(stages[reached]?.COLOR) ?? DEFAULT_STAGE_COLOR;
  return (
    <header className="pv-card-head">
      <div className="pv-title-row">
        <h2 className="pv-title">{title !== '' ? title : t(words.untitled)}</h2>
        <span className="pv-badge">{badge}</span>
      </div>
      {stages.length > 0 ? (
        <ol className="pv-stages" aria-label={t('preview.card.stage')}>
          {stages.map((s, i) => (
            <li
              key={s.STATUS_ID}
              aria-current={i === reached ? 'step' : undefined}
              className={i <= reached ? 'is-reached' : undefined}
              style={i <= reached ? { background: color } : undefined}
            >
              <span>{s.NAME}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </header>
  );
}
