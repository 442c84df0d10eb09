import { useId, type ReactNode } from 'react';
import { isPortalError } from '../../../api/errors';
import { useT } from '../../../i18n/i18nStore';
import type { MessageKey } from '../../../i18n/messages/en';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { portalErrorText } from '../../../ui/portalErrorText';
import type { FormProblem, ItemDraft } from './userFieldForm';
import { ActionAndCancel } from '../../../ui/ActionAndCancel';
import { TextField } from '../../../ui/TextField';

let itemSeq = 0;
export const newItem = (): ItemDraft => ({ key: `new-${++itemSeq}`, value: '' });

/**
 * The main module's checks end each message with `<br>` (CAdminException), and the rest module
 * passes them on as ERROR_CORE: shown as plain sentences, with the code to search for.
 */
const failure = (e: unknown, t: ReturnType<typeof useT>) => {
  const reason =
    isPortalError(e) && e.kind === 'portal' && e.code === 'ERROR_CORE'
      ? `${e.code}: ${e.description
          .split('<br>')
          .map((m) => m.trim())
          .filter((m) => m !== '')
          .join(' ')}`
      : portalErrorText(e, t);
  return t('userFields.failed', { reason });
};

function Problems({ problems }: { problems: readonly FormProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <ul className="problem uf-problems" role="alert">
      {problems.map((p) => (
        <li key={p}>{t(`userFields.problem.${p}` as MessageKey)}</li>
      ))}
    </ul>
  );
}

export function Labels(props: {
  en: string;
  ru: string;
  onEn: (v: string) => void;
  onRu: (v: string) => void;
}) {
  const t = useT();
  return (
    <>
      <TextField label={t('userFields.labelEn')} lang="en" value={props.en} onChange={props.onEn} />
      <TextField label={t('userFields.labelRu')} lang="ru" value={props.ru} onChange={props.onRu} />
    </>
  );
}

export function ItemsEditor({
  items,
  onChange,
}: {
  items: readonly ItemDraft[];
  onChange: (v: ItemDraft[]) => void;
}) {
  const t = useT();
  const headId = useId();
  const set = (key: string, patch: Partial<ItemDraft>) =>
    onChange(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  return (
    <fieldset className="uf-items" aria-labelledby={headId}>
      <legend id={headId}>{t('userFields.items')}</legend>
      <ol className="uf-item-list">
        {items.map((item, n) => {
          const name = item.value.trim() || t('userFields.item', { n: n + 1 });
          return (
            <li key={item.key} className={item.removed ? 'is-removed' : undefined}>
              <input
                className="input"
                aria-label={t('userFields.item', { n: n + 1 })}
                value={item.value}
                disabled={item.removed}
                onChange={(e) => set(item.key, { value: e.target.value })}
              />
              {item.removed ? <span className="hint">{t('userFields.itemRemoved')}</span> : null}
              <button
                type="button"
                className="btn-link"
                onClick={() =>
                  item.id === undefined
                    ? onChange(items.filter((i) => i.key !== item.key))
                    : set(item.key, { removed: !item.removed })
                }
              >
                {t(item.removed ? 'userFields.restoreItem' : 'userFields.removeItem', { value: name })}
              </button>
            </li>
          );
        })}
      </ol>
      <Button variant="light" onClick={() => onChange([...items, newItem()])}>
        {t('userFields.addItem')}
      </Button>
    </fieldset>
  );
}

/**
 * The frame both user-field forms share: a title, the form, its problems once the user tried to
 * submit, the portal's refusal, and submit / Cancel.
 */
export function UserFieldFormDialog(props: {
  readonly title: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly problems: readonly FormProblem[];
  readonly tried: boolean;
  /** The last submit's refusal, when it failed. */
  readonly failed: boolean;
  readonly error: unknown;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const t = useT();
  return (
    <Dialog
      open
      title={props.title}
      onClose={props.onClose}
      actions={
        <ActionAndCancel
          label={props.submitLabel}
          busy={props.busy}
          onAction={props.onSubmit}
          onCancel={props.onClose}
        />
      }
    >
      {props.children}
      <Problems problems={props.tried ? props.problems : []} />
      {props.failed ? (
        <p className="problem" role="alert">
          {failure(props.error, t)}
        </p>
      ) : null}
    </Dialog>
  );
}
