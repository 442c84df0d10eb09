import { useId, type ReactNode } from 'react';
import { setLang, useLang, useT } from '../i18n/i18nStore';
import { LANGS, type Lang } from '../i18n/types';
import { ShortcutsButton } from '../features/editor/help/ShortcutsButton';
import { Button } from '../ui/Button';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский' };

export interface TopBarProps {
  /** Where the app is connected, never a secret. */
  readonly label: string;
  /** Opens the connection screen; absent inside a portal frame, where the portal decides. */
  readonly onConnection?: () => void;
  /** The connection screen is showing. */
  readonly connectionOpen?: boolean;
  /** More buttons of the place the app runs in (inside a portal: its settings). */
  readonly extra?: ReactNode;
}

export function TopBar({ label, onConnection, connectionOpen = false, extra }: TopBarProps) {
  const t = useT();
  const lang = useLang();
  const langId = useId();
  return (
    <header className="topbar">
      <h1 className="brand">
        <img src="./favicon.svg" alt="" />
        {t('app.title')}
      </h1>
      <span className="connection" data-testid="connection-label">
        {label}
      </span>
      <span className="topbar-spacer" />
      <label htmlFor={langId} className="sr-only">
        {t('app.language')}
      </label>
      <select
        id={langId}
        className="input topbar-lang"
        value={lang}
        onChange={(e) => setLang(e.target.value as Lang, true)}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
      {extra}
      <ShortcutsButton />
      {onConnection ? (
        <Button variant="light" onClick={onConnection} aria-pressed={connectionOpen}>
          {t('app.connection')}
        </Button>
      ) : null}
    </header>
  );
}
