import type { CardFieldKind } from '../domain/cardFields';
import { useT } from '../i18n/i18nStore';
import type { MessageKey } from '../i18n/messages/en';

// ASCII badges render the same on every machine (no emoji or symbol font needed).
const BADGES: Record<CardFieldKind, readonly [badge: string, name: MessageKey]> = {
  text: ['Aa', 'ui.kind.text'],
  textarea: ['Tx', 'ui.kind.textarea'],
  list: ['Ls', 'ui.kind.list'],
  money: ['$', 'ui.kind.money'],
  client: ['Cl', 'ui.kind.client'],
  address: ['Ad', 'ui.kind.address'],
  multifield: ['@', 'ui.kind.multifield'],
  user: ['U', 'ui.kind.user'],
  users: ['UU', 'ui.kind.users'],
  boolean: ['Y/N', 'ui.kind.boolean'],
  date: ['D', 'ui.kind.date'],
  datetime: ['DT', 'ui.kind.datetime'],
  number: ['#', 'ui.kind.number'],
  enumeration: ['En', 'ui.kind.enumeration'],
  file: ['F', 'ui.kind.file'],
  url: ['www', 'ui.kind.url'],
  products: ['Pr', 'ui.kind.products'],
  utm: ['utm', 'ui.kind.utm'],
  html: ['<>', 'ui.kind.html'],
  crm: ['crm', 'ui.kind.crm'],
  other: ['?', 'ui.kind.other'],
};

/** A small type badge; its type name is a tooltip, the field's label carries the meaning. */
export function FieldKindIcon({ kind }: { readonly kind: CardFieldKind }) {
  const t = useT();
  const [badge, name] = BADGES[kind];
  return (
    <span
      className={`kind-icon kind-${kind}`}
      title={t('ui.kind.title', { name: t(name) })}
      aria-hidden="true"
    >
      {badge}
    </span>
  );
}
