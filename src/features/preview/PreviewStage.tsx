import type { Layout } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { CardEdit } from './CardEdit';
import { CardView } from './CardView';
import { CompareView } from './CompareView';
import { FormStoreContext, type FormStore } from './formStore';
import { leadErrorText } from './leadErrors';
import { usePreviewEnv } from './previewEnv';
import type { PreviewView } from './previewView';
import type { LeadSave } from './useLeadSave';
import type { PreviewLead } from './usePreviewLead';

export interface PreviewStageProps {
  readonly lead: PreviewLead;
  readonly store: FormStore | null;
  readonly draft: Layout;
  readonly saved: Layout;
  readonly view: PreviewView;
  readonly save: LeadSave;
  readonly onUseSample: () => void;
}

/** The card itself: loading, a lead that failed to load, view, edit, or saved-vs-draft. */
export function PreviewStage({ lead, store, draft, saved, view, save, onUseSample }: PreviewStageProps) {
  const { mode, width, compare } = view;
  const t = useT();
  const { words } = usePreviewEnv();
  let body;
  if (lead.error && !lead.form) {
    body = (
      <div className="pv-card pv-card-error" role="alert">
        <p>{leadErrorText(lead.error, t, words.missing)}</p>
        <div className="pv-actions">
          <Button variant="light" onClick={lead.retry}>
            {t('preview.retry')}
          </Button>
          <Button variant="light" onClick={onUseSample}>
            {t(words.useSample)}
          </Button>
        </div>
      </div>
    );
  } else if (!lead.form) {
    body = (
      <div className="pv-card pv-card-loading" aria-busy="true">
        <div className="skeleton-block" style={{ height: 28, width: '60%' }} />
        <div className="skeleton-block" style={{ height: 180 }} />
        <span className="sr-only">{t(words.loadingRecord)}</span>
      </div>
    );
  } else if (mode === 'edit' && store) {
    body = (
      <FormStoreContext.Provider value={store}>
        <CardEdit
          layout={draft}
          badge={lead.badge}
          save={save}
          isSample={lead.key?.startsWith('sample') ?? false}
        />
      </FormStoreContext.Provider>
    );
  } else if (compare) {
    body = <CompareView saved={saved} draft={draft} lead={lead.form} badge={lead.badge} />;
  } else {
    body = <CardView layout={draft} lead={lead.form} badge={lead.badge} />;
  }
  return (
    <div className={`pv-stage is-${width}${compare && mode === 'view' ? ' is-compare' : ''}`}>{body}</div>
  );
}
