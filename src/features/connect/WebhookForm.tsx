import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { checkWebhook, type WebhookAccepted, type WebhookProblem, type WebhookRefused } from './checkWebhook';

export interface WebhookFormProps {
  readonly onConnected: (webhook: WebhookAccepted, remember: boolean) => void;
  /** Injectable for tests. */
  readonly check?: (url: string) => Promise<WebhookAccepted | WebhookRefused>;
}

const TITLES: Readonly<Record<WebhookProblem, string>> = {
  badUrl: 'Not a webhook URL.',
  wrongSecret: 'Wrong user or secret.',
  noCrmScope: 'No "crm" scope.',
  noUserScope: 'No "user" scope.',
  unreachable: 'Portal unreachable.',
  cors: 'Blocked by the browser (CORS).',
  notPortal: 'Not a Bitrix24 portal.',
  refused: 'The portal refused.',
};

/**
 * Paste, check, connect. The URL is checked before anything is kept; on success the field is
 * emptied, so the secret is not left on screen. The form never submits to a URL (no GET, nothing
 * in the address bar).
 */
export function WebhookForm({ onConnected, check = checkWebhook }: WebhookFormProps) {
  const [url, setUrl] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WebhookRefused | null>(null);
  const id = useId();

  async function submit(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await check(url);
    setBusy(false);
    if (result.ok) {
      setUrl('');
      onConnected(result, remember);
    } else {
      setError(result);
    }
  }

  return (
    <form
      className="connect-card"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={`${id}-title`} className="connect-card-title">
        Connect with an inbound webhook
      </h3>
      <label className="connect-label" htmlFor={`${id}-url`}>
        Webhook URL
      </label>
      <input
        id={`${id}-url`}
        className="input connect-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://your-portal.bitrix24.com/rest/1/abcdef123456/"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <p id={`${id}-hint`} className="connect-hint">
        On the portal: <strong>Developer resources → Other → Inbound webhook</strong>. Tick the{' '}
        <code>crm</code> and <code>user</code> scopes, save, and copy the URL it shows.
      </p>
      <label className="checkbox connect-remember">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        Remember on this device
      </label>
      {remember ? (
        <p className="connect-warning" role="note">
          <strong>Warning:</strong> the webhook URL contains its secret. Anyone who uses this browser profile
          can read it and act on the portal as its user. Tick this only on your own device; Disconnect removes
          it.
        </p>
      ) : (
        <p className="connect-hint">Kept for this browser tab only: closing the tab forgets it.</p>
      )}
      {error ? (
        <div id={`${id}-error`} className="banner banner-error connect-error" role="alert">
          <span>
            <strong>{TITLES[error.problem]}</strong> {error.message}
          </span>
        </div>
      ) : null}
      <div className="connect-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? 'Checking…' : 'Connect'}
        </Button>
      </div>
    </form>
  );
}
