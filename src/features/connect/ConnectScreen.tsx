import { useId } from 'react';
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
  /** The page is served by the emulator, so its demo portal can be used. */
  readonly demoAvailable: boolean;
  readonly onConnected: (webhook: WebhookAccepted, remember: boolean) => void;
  readonly onUseDemo: () => void;
  /** Forgets the webhook (tab and device). */
  readonly onDisconnect: () => void;
  /** Back to the editor with the current connection. */
  readonly onClose: () => void;
}

/** Where a browser user connects the app to a portal: a webhook URL, or the demo portal. */
export function ConnectScreen(props: ConnectScreenProps) {
  const { current, demoAvailable, onConnected, onUseDemo, onDisconnect, onClose } = props;
  const titleId = useId();
  return (
    <section className="connect" aria-labelledby={titleId}>
      <h2 id={titleId} className="connect-title">
        Connection
      </h2>
      {current ? (
        <div className="connect-current" aria-label="Current connection">
          <div>
            <div className="connect-current-label">Connected to</div>
            <strong>{current.label}</strong>
            {current.maskedUrl ? (
              <div className="connect-masked">
                <code>{current.maskedUrl}</code>{' '}
                {current.remembered ? 'remembered on this device' : 'kept for this tab only'}
              </div>
            ) : null}
          </div>
          <div className="connect-current-actions">
            {current.kind === 'webhook' ? (
              <Button variant="light" onClick={onDisconnect}>
                Disconnect
              </Button>
            ) : null}
            <Button variant="secondary" onClick={onClose}>
              Back to the editor
            </Button>
          </div>
        </div>
      ) : (
        <p className="connect-lead">
          Connect Lead Card Studio to your Bitrix24 portal to edit its lead card layouts.
        </p>
      )}
      <WebhookForm onConnected={onConnected} />
      <div className="connect-card connect-demo">
        <div>
          <h3 className="connect-card-title">Demo portal</h3>
          <p className="connect-hint">
            {demoAvailable
              ? 'The emulated portal this page is served from, with sample leads and fields. Nothing you do there reaches a real portal.'
              : 'Only available when the app is served by its portal emulator (npm start).'}
          </p>
        </div>
        <Button variant="secondary" onClick={onUseDemo} disabled={!demoAvailable}>
          Use the demo portal
        </Button>
      </div>
      <p className="connect-privacy">
        The webhook secret is sent only to your portal. This app never puts it into the page address, its logs
        or its error messages, and shows it masked.
      </p>
    </section>
  );
}
