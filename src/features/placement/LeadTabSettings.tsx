import './placement.css';
import { useState } from 'react';
import type { PortalClient } from '../../api/transport';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useLeadTab } from './leadTab';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The settings panel of the app inside a portal, for administrators: whether the lead card has
 * the app's "Card layout" tab (`placement.get`), and adding (`placement.bind`) or removing it
 * (`placement.unbind`).
 */
export function LeadTabPanel({
  client,
  handler,
}: {
  readonly client: PortalClient;
  readonly handler: string;
}) {
  const t = useT();
  const { rows, bound, bind, unbind } = useLeadTab(client, handler);
  const [done, setDone] = useState<'added' | 'removed' | null>(null);
  const failure = bind.error ?? unbind.error ?? rows.error;
  const busy = bind.isPending || unbind.isPending || rows.isFetching;
  return (
    <div className="lead-tab-panel">
      <p>{t('placement.panel.intro')}</p>
      <p role="status" data-testid="lead-tab-status">
        {bound === undefined
          ? rows.isError
            ? null
            : t('placement.status.loading')
          : bound
            ? t('placement.status.bound')
            : t('placement.status.unbound')}
      </p>
      {done ? (
        <p className="banner banner-info">{t(done === 'added' ? 'placement.added' : 'placement.removed')}</p>
      ) : null}
      {failure ? (
        <p className="banner banner-error" role="alert">
          {t('placement.failed', { text: errorText(failure) })}
        </p>
      ) : null}
      {bound === false ? (
        <Button
          variant="primary"
          disabled={busy}
          onClick={() => {
            setDone(null);
            unbind.reset();
            bind.mutate(undefined, { onSuccess: () => setDone('added') });
          }}
        >
          {t('placement.add')}
        </Button>
      ) : null}
      {bound === true ? (
        <Button
          variant="danger"
          disabled={busy}
          onClick={() => {
            setDone(null);
            bind.reset();
            unbind.mutate(undefined, { onSuccess: () => setDone('removed') });
          }}
        >
          {t('placement.remove')}
        </Button>
      ) : null}
    </div>
  );
}

/** The top bar's button that opens the panel in a dialog. */
export function LeadTabSettingsButton({
  client,
  handler,
}: {
  readonly client: PortalClient;
  readonly handler: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('placement.settings')}
      </Button>
      <Dialog
        title={t('placement.panel.title')}
        open={open}
        onClose={() => setOpen(false)}
        actions={
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('placement.close')}
          </Button>
        }
      >
        <LeadTabPanel client={client} handler={handler} />
      </Dialog>
    </>
  );
}
