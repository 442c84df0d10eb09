import { Fragment, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import { Button } from '../../ui/Button';
import { checkWebhook, type WebhookAccepted, type WebhookProblem, type WebhookRefused } from './checkWebhook';

export interface WebhookFormProps {
  readonly onConnected: (webhook: WebhookAccepted, remember: boolean) => void;
  /** Injectable for tests. */
  readonly check?: (url: string) => Promise<WebhookAccepted | WebhookRefused>;
}

const TITLES: Readonly<Record<WebhookProblem, MessageKey>> = {
  badUrl: 'connect.problem.badUrl',
  wrongSecret: 'connect.problem.wrongSecret',
  noCrmScope: 'connect.problem.noCrmScope',
  noUserScope: 'connect.problem.noUserScope',
  unreachable: 'connect.problem.unreachable',
  cors: 'connect.problem.cors',
  notPortal: 'connect.problem.notPortal',
  refused: 'connect.problem.refused',
};

/** A translated sentence with `{slot}`s filled by elements (word order differs between languages). */
function withNodes(template: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return template
    .split(/(\{\w+\})/)
    .map((part, i) => <Fragment key={i}>{nodes[part.slice(1, -1)] ?? part}</Fragment>);
}

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
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  // a refused URL: back to the field to correct it, once it is marked invalid and described by the error
  useEffect(() => {
    if (error) input.current?.focus();
  }, [error]);

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
        {t('connect.form.title')}
      </h3>
      <label className="connect-label" htmlFor={`${id}-url`}>
        {t('connect.form.url')}
      </label>
      <input
        ref={input}
        id={`${id}-url`}
        className="input connect-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('connect.form.placeholder')}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <p id={`${id}-hint`} className="connect-hint">
        {withNodes(t('connect.form.hint'), {
          path: <strong>{t('connect.form.hintPath')}</strong>,
          crm: <code>crm</code>,
          user: <code>user</code>,
        })}
      </p>
      <label className="checkbox connect-remember">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        {t('connect.form.remember')}
      </label>
      {remember ? (
        <p className="connect-warning" role="note">
          <strong>{t('connect.form.warningLabel')}</strong> {t('connect.form.warning')}
        </p>
      ) : (
        <p className="connect-hint">{t('connect.form.tabOnly')}</p>
      )}
      {error ? (
        <div id={`${id}-error`} className="banner banner-error connect-error" role="alert">
          <span>
            <strong>{t(TITLES[error.problem])}</strong> {t(error.text.key, error.text.params)}
          </span>
        </div>
      ) : null}
      <div className="connect-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t('connect.form.checking') : t('connect.form.submit')}
        </Button>
      </div>
    </form>
  );
}
