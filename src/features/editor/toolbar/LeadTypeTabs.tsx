import type { LeadType } from '../../../domain/types';
import type { MessageKey } from '../../../i18n/messages/en';
import { useT } from '../../../i18n/i18nStore';
import { useIsDirty } from '../../../store/documents';
import type { DocumentKey } from '../../../store/documentKey';
import { onRovingKeyDown } from '../../../ui/rovingFocus';

const TABS: readonly { readonly type: LeadType; readonly label: MessageKey }[] = [
  { type: 'simple', label: 'editor.tabs.simple' },
  { type: 'repeat', label: 'editor.tabs.repeat' },
];

export interface LeadTypeTabsProps {
  readonly current: DocumentKey;
  readonly onChange: (t: LeadType) => void;
}

/** Simple / repeat lead layouts, each with its own draft and an unsaved mark. */
export function LeadTypeTabs({ current, onChange }: LeadTypeTabsProps) {
  const t = useT();
  return (
    <div className="tabs" role="tablist" aria-label={t('editor.tabs.leadType')} onKeyDown={onRovingKeyDown}>
      {TABS.map((tab) => (
        <Tab
          key={tab.type}
          docKey={{ ...current, card: { entity: 'lead', leadType: tab.type } }}
          label={t(tab.label)}
          selected={current.card.entity === 'lead' && tab.type === current.card.leadType}
          onSelect={() => onChange(tab.type)}
        />
      ))}
    </div>
  );
}

function Tab({
  docKey,
  label,
  selected,
  onSelect,
}: {
  docKey: DocumentKey;
  label: string;
  selected: boolean;
  onSelect: () => void;
}) {
  const t = useT();
  const dirty = useIsDirty(docKey);
  return (
    <button
      type="button"
      role="tab"
      className="tab"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
    >
      {label}
      {dirty ? (
        <>
          <span className="dirty-dot" aria-hidden="true" />
          <span className="sr-only">{t('editor.tabs.unsaved')}</span>
        </>
      ) : null}
    </button>
  );
}
