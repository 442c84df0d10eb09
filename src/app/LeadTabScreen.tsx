import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PortalClient } from '../api/transport';
import { cardFieldsFor } from '../domain/cardFields';
import { defaultLayout } from '../domain/defaults';
import { LazyPreviewPanel } from './LazyPreviewPanel';
import { Button } from '../ui/Button';
import { portalErrorText } from '../ui/portalErrorText';
import { leadTabQuery } from './leadTabData';

export interface LeadTabScreenProps {
  readonly client: PortalClient;
  readonly leadId: number;
  readonly onOpenEditor: () => void;
}

/** The lead card's own tab: this lead as the card shows it with the saved layout of its type. */
export function LeadTabScreen({ client, leadId, onOpenEditor }: LeadTabScreenProps) {
  const data = useQuery(leadTabQuery(client, leadId));
  const d = data.data;
  const cardFields = useMemo(() => (d ? cardFieldsFor(d.leadType, d.fields) : []), [d]);
  const layout = useMemo(
    () => (d ? (d.loaded?.layout ?? defaultLayout(d.leadType, cardFields)) : null),
    [d, cardFields],
  );

  if (data.isPending) {
    return (
      <p className="app-status" role="status">
        Loading lead #{leadId}…
      </p>
    );
  }
  if (data.isError || !d || !layout) {
    return (
      <div className="error-panel" role="alert">
        <h2>Lead #{leadId} could not be shown</h2>
        <p>{portalErrorText(data.error)}</p>
        <Button variant="secondary" onClick={() => void data.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  return (
    <div className="lead-tab">
      <div className="banner banner-info lead-tab-bar">
        <span>
          <strong>{d.title || `Lead #${leadId}`}</strong> as its card shows it with the{' '}
          {d.loaded ? 'common layout' : 'portal default layout'} of {d.leadType} leads.
        </span>
        <span className="topbar-spacer" />
        <Button variant="secondary" onClick={onOpenEditor}>
          Edit the layout
        </Button>
      </div>
      <div className="lead-tab-preview">
        <LazyPreviewPanel
          client={client}
          leadType={d.leadType}
          draft={layout}
          saved={layout}
          fields={d.fields}
          cardFields={cardFields}
          initialLeadId={leadId}
        />
      </div>
    </div>
  );
}
