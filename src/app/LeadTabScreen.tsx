import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PortalClient } from '../api/transport';
import { cardFieldsOf, defaultLayoutOf } from '../domain/cards';
import { useLang, useT } from '../i18n/i18nStore';
import { LazyPreviewPanel } from './LazyPreviewPanel';
import { Button } from '../ui/Button';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { portalErrorText } from '../ui/portalErrorText';
import { leadTabQuery } from './leadTabData';

export interface LeadTabScreenProps {
  readonly client: PortalClient;
  readonly leadId: number;
  readonly onOpenEditor: () => void;
}

/**
 * The lead card's own tab: this lead as the card shows it with the saved layout of its type. The
 * portal opens it on every visit to the lead, so a lead the preview cannot draw must not leave the
 * tab blank: the tab says what failed, keeps "Edit the layout" and can try again.
 */
export function LeadTabScreen(props: LeadTabScreenProps) {
  const t = useT();
  return (
    <ErrorBoundary what={t('boundary.region.leadTab', { id: String(props.leadId) })}>
      <LeadTab {...props} />
    </ErrorBoundary>
  );
}

function LeadTab({ client, leadId, onOpenEditor }: LeadTabScreenProps) {
  const data = useQuery(leadTabQuery(client, leadId));
  const d = data.data;
  const t = useT();
  // card labels as a portal in this language shows them
  const lang = useLang();
  const card = useMemo(() => (d ? ({ entity: 'lead', leadType: d.leadType } as const) : null), [d]);
  const cardFields = useMemo(() => (d && card ? cardFieldsOf(card, d.fields, lang) : []), [d, card, lang]);
  const layout = useMemo(
    () => (d && card ? (d.loaded?.layout ?? defaultLayoutOf(card, cardFields, lang)) : null),
    [d, card, cardFields, lang],
  );
  // as text: a number would be formatted for the language (#1 596)
  const id = String(leadId);

  if (data.isPending) {
    return (
      <p className="app-status" role="status">
        {t('connect.leadTab.loading', { id })}
      </p>
    );
  }
  if (data.isError || !d || !layout) {
    return (
      <div className="error-panel" role="alert">
        <h2>{t('connect.leadTab.failed', { id })}</h2>
        <p>{portalErrorText(data.error, t)}</p>
        <Button variant="secondary" onClick={() => void data.refetch()}>
          {t('connect.leadTab.retry')}
        </Button>
      </div>
    );
  }
  return (
    <div className="lead-tab">
      <div className="banner banner-info lead-tab-bar">
        <span>
          <strong className="lead-tab-title">{d.title || t('connect.leadTab.untitled', { id })}</strong>{' '}
          {t(d.loaded ? 'connect.leadTab.common' : 'connect.leadTab.default', {
            type: t(d.leadType === 'simple' ? 'connect.leadTab.simple' : 'connect.leadTab.repeat'),
          })}
        </span>
        <span className="topbar-spacer" />
        <Button variant="secondary" onClick={onOpenEditor}>
          {t('connect.leadTab.edit')}
        </Button>
      </div>
      <div className="lead-tab-preview">
        <ErrorBoundary what={t('boundary.region.preview')}>
          <LazyPreviewPanel
            client={client}
            leadType={d.leadType}
            draft={layout}
            saved={layout}
            fields={d.fields}
            cardFields={cardFields}
            initialLeadId={leadId}
          />
        </ErrorBoundary>
      </div>
    </div>
  );
}
