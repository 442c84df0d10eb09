import type { LintItem } from '../../../domain/lint';
import { useT, type Translate } from '../../../i18n/i18nStore';
import { focusPlace } from '../canvas/focusPlace';
import { useDocument } from '../document/documentContext';
import { lintText } from './lintText';
import { useLint } from './useLint';
import './safety.css';

type CountKey = 'pieces.lint.errors' | 'pieces.lint.warnings' | 'pieces.lint.notes';

/** "no errors", "1 error", "3 errors", in the interface language. */
const countOf = (t: Translate, key: CountKey, count: number): string =>
  count === 0 ? t(`${key}.none`) : t(key, { count });

/** The check's findings beside the card; each one takes you to its section or field. */
export function LintPanel({ onClose }: { readonly onClose: () => void }) {
  const lint = useLint(useDocument());
  const t = useT();
  return (
    <aside className="lint-panel" aria-label={t('pieces.lint.title')}>
      <header className="lint-head">
        <h2 className="panel-title">{t('pieces.lint.title')}</h2>
        <span className="lint-sum">
          {lint.items.length === 0
            ? t('pieces.lint.none')
            : [
                countOf(t, 'pieces.lint.errors', lint.errors),
                countOf(t, 'pieces.lint.warnings', lint.warnings),
                countOf(t, 'pieces.lint.notes', lint.items.length - lint.errors - lint.warnings),
              ].join(' · ')}
        </span>
        <button type="button" className="icon-btn" aria-label={t('pieces.lint.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {lint.items.length === 0 ? (
        <p className="safety-empty">{t('pieces.lint.clean')}</p>
      ) : (
        <ul className="lint-list">
          {lint.items.map((item) => (
            <LintRow key={item.id} item={item} t={t} />
          ))}
        </ul>
      )}
    </aside>
  );
}

function LintRow({ item, t }: { readonly item: LintItem; readonly t: Translate }) {
  return (
    <li>
      <button
        type="button"
        className={`lint-item lint-${item.severity}`}
        onClick={() => focusPlace(item.at)}
        title={t('pieces.lint.show')}
      >
        <span className={`lint-badge lint-badge-${item.severity}`}>
          {t(`pieces.lint.severity.${item.severity}`)}
        </span>
        <span>{lintText(t, item)}</span>
      </button>
    </li>
  );
}
