import type { CardFieldKind } from '../domain/cardFields';

const GLYPHS: Record<CardFieldKind, string> = {
  text: 'Aa',
  textarea: '¶',
  list: '▾',
  money: '$',
  client: '☺',
  address: '⌂',
  multifield: '☎',
  user: '👤',
  users: '👥',
  boolean: '☑',
  date: '📅',
  datetime: '🕓',
  number: '#',
  enumeration: '≡',
  file: '📎',
  url: '🔗',
  products: '▦',
  utm: '⌖',
  html: '✎',
  crm: '◎',
  other: '•',
};

/** A small type glyph; the accessible type name is given by the caller's text. */
export function FieldKindIcon({ kind }: { readonly kind: CardFieldKind }) {
  return (
    <span className={`kind-icon kind-${kind}`} aria-hidden="true">
      {GLYPHS[kind]}
    </span>
  );
}
