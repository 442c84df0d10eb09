import { Button } from '../ui/Button';

export interface TopBarProps {
  /** Where the app is connected, never a secret. */
  readonly label: string;
  /** Opens the connection screen; absent inside a portal frame, where the portal decides. */
  readonly onConnection?: () => void;
  /** The connection screen is showing. */
  readonly connectionOpen?: boolean;
}

export function TopBar({ label, onConnection, connectionOpen = false }: TopBarProps) {
  return (
    <header className="topbar">
      <h1 className="brand">
        <img src="./favicon.svg" alt="" />
        Lead Card Studio
      </h1>
      <span className="connection" data-testid="connection-label">
        {label}
      </span>
      <span className="topbar-spacer" />
      {onConnection ? (
        <Button variant="light" onClick={onConnection} aria-pressed={connectionOpen}>
          Connection
        </Button>
      ) : null}
    </header>
  );
}
