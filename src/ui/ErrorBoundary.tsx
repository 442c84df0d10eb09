import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/i18nStore';
import { Button } from './Button';
import './errorBoundary.css';

export interface ErrorBoundaryProps {
  /** The part of the screen, in words: "The preview", "The dialog "History"". */
  readonly what: string;
  readonly children: ReactNode;
  /** A way out besides trying again, e.g. closing the dialog the failure happened in. */
  readonly onClose?: (() => void) | undefined;
}

interface State {
  readonly error: unknown;
  /** Bumped by "Try again": the children mount afresh instead of reusing the state that failed. */
  readonly attempt: number;
}

/** Long enough to name the failure, short enough to stay a message. */
const DETAIL_LENGTH = 300;

function detailOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > DETAIL_LENGTH ? `${text.slice(0, DETAIL_LENGTH)}…` : text;
}

function Fallback({
  what,
  error,
  onRetry,
  onClose,
}: {
  readonly what: string;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly onClose: (() => void) | undefined;
}) {
  const t = useT();
  return (
    <div className="boundary-fallback" role="alert">
      <p className="boundary-title">{t('boundary.failed', { what })}</p>
      <p>{t('boundary.kept')}</p>
      <p className="boundary-detail">{t('boundary.detail', { error: detailOf(error) })}</p>
      <div className="boundary-actions">
        <Button variant="secondary" onClick={onRetry}>
          {t('boundary.retry')}
        </Button>
        {onClose ? (
          <Button variant="light" onClick={onClose}>
            {t('boundary.close')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Keeps a failure to draw one region (the canvas, the field list, the preview, a dialog, the lead
 * tab) inside that region: it says what failed and offers to try again, while the rest of the
 * app, and the draft held in the editor's store, carry on. Without it React unmounts the whole
 * page on one throw.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // for whoever reads the console: which component threw
    console.error(`[${this.props.what}]`, error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error !== null) {
      return (
        <Fallback
          what={this.props.what}
          error={this.state.error}
          onRetry={this.retry}
          onClose={this.props.onClose}
        />
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
