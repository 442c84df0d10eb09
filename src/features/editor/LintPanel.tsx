import type { LintItem, LintSeverity } from '../../domain/lint';
import { countText } from './ChangeList';
import { focusPlace } from './focusPlace';
import { useDocumentEnv } from './documentEnv';
import { useLint } from './useLint';
import './safety.css';

const SEVERITY_WORD: Readonly<Record<LintSeverity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** The check's findings beside the card; each one takes you to its section or field. */
export function LintPanel({ onClose }: { readonly onClose: () => void }) {
  const lint = useLint(useDocumentEnv());
  return (
    <aside className="lint-panel" aria-label="Layout check">
      <header className="lint-head">
        <h2 className="panel-title">Layout check</h2>
        <span className="lint-sum">
          {lint.items.length === 0
            ? 'No problems found'
            : [
                countText(lint.errors, 'error'),
                countText(lint.warnings, 'warning'),
                countText(lint.items.length - lint.errors - lint.warnings, 'note'),
              ].join(' · ')}
        </span>
        <button type="button" className="icon-btn" aria-label="Close the layout check" onClick={onClose}>
          ×
        </button>
      </header>
      {lint.items.length === 0 ? (
        <p className="safety-empty">The portal will accept this layout, and nothing looks wrong.</p>
      ) : (
        <ul className="lint-list">
          {lint.items.map((item) => (
            <LintRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </aside>
  );
}

function LintRow({ item }: { readonly item: LintItem }) {
  return (
    <li>
      <button
        type="button"
        className={`lint-item lint-${item.severity}`}
        onClick={() => focusPlace(item.at)}
        title="Show the place on the card"
      >
        <span className={`lint-badge lint-badge-${item.severity}`}>{SEVERITY_WORD[item.severity]}</span>
        <span>{item.message}</span>
      </button>
    </li>
  );
}
