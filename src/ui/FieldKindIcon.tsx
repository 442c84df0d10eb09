import type { CardFieldKind } from '../domain/cardFields';

// ASCII badges render the same on every machine (no emoji or symbol font needed).
const BADGES: Record<CardFieldKind, readonly [badge: string, name: string]> = {
  text: ['Aa', 'text'],
  textarea: ['Tx', 'long text'],
  list: ['Ls', 'list'],
  money: ['$', 'money'],
  client: ['Cl', 'client'],
  address: ['Ad', 'address'],
  multifield: ['@', 'contacts'],
  user: ['U', 'user'],
  users: ['UU', 'users'],
  boolean: ['Y/N', 'yes or no'],
  date: ['D', 'date'],
  datetime: ['DT', 'date and time'],
  number: ['#', 'number'],
  enumeration: ['En', 'list of values'],
  file: ['F', 'file'],
  url: ['www', 'link'],
  products: ['Pr', 'products'],
  utm: ['utm', 'UTM'],
  html: ['<>', 'rich text'],
  crm: ['crm', 'CRM link'],
  other: ['?', 'other'],
};

/** A small type badge; its type name is a tooltip, the field's label carries the meaning. */
export function FieldKindIcon({ kind }: { readonly kind: CardFieldKind }) {
  const [badge, name] = BADGES[kind];
  return (
    <span className={`kind-icon kind-${kind}`} title={`Type: ${name}`} aria-hidden="true">
      {badge}
    </span>
  );
}
