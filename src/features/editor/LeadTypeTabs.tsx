import type { LeadType } from '../../domain/types';
import { useIsDirty } from '../../store/documents';
import type { DocumentKey } from '../../store/documentKey';

const TABS: readonly { readonly type: LeadType; readonly label: string }[] = [
  { type: 'simple', label: 'Simple leads' },
  { type: 'repeat', label: 'Repeat leads' },
];

export interface LeadTypeTabsProps {
  readonly current: DocumentKey;
  readonly onChange: (t: LeadType) => void;
}

/** Simple / repeat lead layouts, each with its own draft and an unsaved mark. */
export function LeadTypeTabs({ current, onChange }: LeadTypeTabsProps) {
  return (
    <div className="tabs" role="tablist" aria-label="Lead type">
      {TABS.map((t) => (
        <Tab
          key={t.type}
          docKey={{ ...current, leadType: t.type }}
          label={t.label}
          selected={t.type === current.leadType}
          onSelect={() => onChange(t.type)}
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
  const dirty = useIsDirty(docKey);
  return (
    <button type="button" role="tab" className="tab" aria-selected={selected} onClick={onSelect}>
      {label}
      {dirty ? (
        <>
          <span className="dirty-dot" aria-hidden="true" />
          <span className="sr-only"> (unsaved changes)</span>
        </>
      ) : null}
    </button>
  );
}
