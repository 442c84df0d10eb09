import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import type { WebhookAccepted } from './checkWebhook';
import './connect.css';
import { WebhookForm } from './WebhookForm';

/** The connection in use, as the screen shows it (never a secret). */
export interface CurrentConnectionInfo {
  readonly kind: 'demo' | 'webhook';
  readonly label: string;
  /** Webhook URL with the secret masked. */
  readonly maskedUrl?: string;
  /** Webhook kept on this device (not only in this tab). */
  readonly remembered?: boolean;
}

export interface ConnectScreenProps {
  readonly current: CurrentConnectionInfo | null;
  readonly onConnected: (webhook: WebhookAccepted, remember: boolean) => void;
  /** Switches to the demo portal; `null` when the page is not served by the emulator, which has it. */
  readonly onUseDemo: (() => void) | null;
  /** Forgets the webhook (tab and device). */
  readonly onDisconnect: () => void;
  /** Back to the editor with the current connection. */
  readonly onClose: () => void;
}

/** Where a browser user connects the app to a portal: a webhook URL, or the demo portal. */
export function ConnectScreen(props: ConnectScreenProps) {
  const { current, onConnected, onUseDemo, onDisconnect, onClose } = props;
  const titleId = useId();
  const t = useT();
  const title = useRef<HTMLHeadingElement>(null);
  // the screen replaces the editor: a keyboard or screen reader user lands on its title
  useEffect(() => title.current?.focus(), []);
  return (
    <section className="connect" aria-labelledby={titleId}>
      <h2 id={titleId} className="connect-title" ref={title} tabIndex={-1}>
        {t('app.connection')}
      </h2>
      {current ? (
        <div className="connect-current" role="group" aria-label={t('connect.current')}>
          <div>
            <div className="connect-current-label">{t('connect.connectedTo')}</div>
            <strong>{current.label}</strong>
            {current.maskedUrl ? (
              <div className="connect-masked">
                <code>{current.maskedUrl}</code>{' '}
                {current.remembered ? t('connect.remembered') : t('connect.tabOnly')}
              </div>
            ) : null}
          </div>
          <div className="connect-current-actions">
            {current.kind === 'webhook' ? (
              <Button
                variant="light"
                onClick={() => {
                  onDisconnect();
                  // the button goes away with the connection: the focus stays on the screen
                  title.current?.focus();
                }}
              >
                {t('connect.disconnect')}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={onClose}>
              {t('connect.back')}
            </Button>
          </div>
        </div>
      ) : (
        <p className="connect-lead">{t('connect.intro')}</p>
      )}
      <WebhookForm onConnected={onConnected} />
      <div className="connect-card connect-demo">
        <div>
          <h3 className="connect-card-title">{t('connect.demo.title')}</h3>
          <p className="connect-hint">
            {onUseDemo ? t('connect.demo.available') : t('connect.demo.unavailable')}
          </p>
        </div>
        <Button variant="secondary" onClick={onUseDemo ?? undefined} disabled={!onUseDemo}>
          {t('connect.demo.use')}
        </Button>
      </div>
      <p className="connect-privacy">{t('connect.privacy')}</p>
    </section>
  );
}
