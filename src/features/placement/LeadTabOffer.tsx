import { useState } from 'react';
import type { PortalClient } from '../../api/transport';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { offerAnswered, rememberOfferAnswer, useLeadTab } from './leadTab';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The first-run offer to add the lead card tab, made once per portal: either answer is
 * remembered, and a portal whose lead card already has the tab is never asked.
 */
export function LeadTabOffer({
  client,
  handler,
  memberId,
}: {
  readonly client: PortalClient;
  readonly handler: string;
  readonly memberId: string;
}) {
  const t = useT();
  const [answered, setAnswered] = useState(() => offerAnswered(memberId));
  const { bound, bind } = useLeadTab(client, handler);
  if (answered || bound !== false) return null;
  return (
    <div className="banner banner-info" role="region" aria-label={t('placement.settings')}>
      <span>{t('placement.offer.text')}</span>
      {bind.error ? <span role="alert">{t('placement.failed', { text: errorText(bind.error) })}</span> : null}
      <span className="topbar-spacer" />
      <Button
        variant="primary"
        disabled={bind.isPending}
        onClick={() =>
          bind.mutate(undefined, {
            onSuccess: () => {
              rememberOfferAnswer(memberId, 'added');
              setAnswered(true);
            },
          })
        }
      >
        {t('placement.add')}
      </Button>
      <Button
        variant="light"
        onClick={() => {
          rememberOfferAnswer(memberId, 'declined');
          setAnswered(true);
        }}
      >
        {t('placement.offer.later')}
      </Button>
    </div>
  );
}
