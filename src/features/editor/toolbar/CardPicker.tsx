import { useId } from 'react';
import type { CardCatalog } from '../../../api/methods/cardCatalog';
import { cardTypeString, parseCardType, SIMPLE_LEADS, type CardType } from '../../../domain/cardType';
import { useT, type Translate } from '../../../i18n/i18nStore';
import { useIsDirty } from '../../../store/documents';
import type { DocumentKey } from '../../../store/documentKey';
import { Button } from '../../../ui/Button';
import { portalErrorText } from '../../../ui/portalErrorText';
import { cardName } from '../document/cardWords';
import { cardFamily } from '../document/storedLayouts';
import type { CatalogState } from './useCardCatalog';
import './cards.css';

export interface CardPickerProps {
  readonly catalog: CatalogState;
  /** The open document: its card is the chosen one; its scope and user mark unsaved cards. */
  readonly current: DocumentKey;
  readonly onChange: (card: CardType) => void;
}

const LEADS = 'lead';
const FIXED: readonly CardType[] = [
  { entity: 'contact' },
  { entity: 'company' },
  { entity: 'quote' },
  { entity: 'invoice' },
];

/** The picker's value of a card: every lead card is "Leads" (the tabs beside it pick the type). */
const valueOf = (card: CardType): string => (card.entity === 'lead' ? LEADS : cardTypeString(card));

function groups(t: Translate, catalog: CardCatalog | null, current: CardType) {
  const deals: CardType[] = (catalog?.deals ?? []).map((f) => ({ entity: 'deal', categoryId: f.id }));
  const processes = (catalog?.processes ?? []).map((p) => ({
    label: p.title,
    cards: p.funnels.map((f): CardType => ({
      entity: 'dynamic',
      entityTypeId: p.entityTypeId,
      categoryId: f.id,
    })),
  }));
  // the open card is always among the choices, named by number until the catalogue says more
  const listed = [...deals, ...FIXED, ...processes.flatMap((p) => p.cards)].map(valueOf);
  const extra = current.entity !== 'lead' && !listed.includes(valueOf(current)) ? [current] : [];
  return [
    { label: t('cards.group.deals'), cards: [...deals, ...extra.filter((c) => c.entity === 'deal')] },
    { label: t('cards.group.others'), cards: FIXED },
    ...processes,
    ...(extra.some((c) => c.entity === 'dynamic')
      ? [{ label: t('cards.group.processes'), cards: extra }]
      : []),
  ].filter((g) => g.cards.length > 0);
}

/**
 * Which CRM card the editor designs: leads (simple and repeat in the tabs beside), each deal
 * pipeline, contacts, companies, quotes, invoices, and each smart process by funnel. A native
 * select: arrow keys, type-ahead and the screen reader's list come with it.
 */
export function CardPicker({ catalog, current, onChange }: CardPickerProps) {
  const t = useT();
  const id = useId();
  const { card } = current;
  const choose = (value: string) =>
    onChange(value === LEADS ? SIMPLE_LEADS : (parseCardType(value) ?? SIMPLE_LEADS));
  return (
    <div className="card-picker" role="group" aria-labelledby={id}>
      <label id={id} htmlFor={`${id}-select`} className="card-picker-label">
        {t('cards.picker')}
      </label>
      <select
        id={`${id}-select`}
        className="input card-picker-select"
        title={t('cards.picker.hint')}
        value={valueOf(card)}
        onChange={(e) => choose(e.target.value)}
        onFocus={catalog.wantFunnels}
        onPointerEnter={catalog.wantFunnels}
      >
        <CardOption
          docKey={{ ...current, card: SIMPLE_LEADS }}
          value={LEADS}
          label={t('cards.group.leads')}
        />
        {groups(t, catalog.catalog, card).map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.cards.map((c) => (
              <CardOption
                key={valueOf(c)}
                docKey={{ ...current, card: c }}
                value={valueOf(c)}
                label={cardName(t, c, catalog.catalog)}
              />
            ))}
          </optgroup>
        ))}
      </select>
      {catalog.pending ? (
        <span className="hint card-picker-note" role="status">
          {t('cards.picker.loading')}
        </span>
      ) : null}
      {catalog.error ? (
        <span className="card-picker-note card-picker-error" role="alert">
          {t('cards.picker.failed', { reason: portalErrorText(catalog.error, t) })}{' '}
          <Button variant="light" onClick={catalog.retry}>
            {t('cards.picker.retry')}
          </Button>
        </span>
      ) : null}
    </div>
  );
}

/** One choice, marked when a card of it has unsaved changes in this session. */
function CardOption({ docKey, value, label }: { docKey: DocumentKey; value: string; label: string }) {
  const t = useT();
  const [first, second] = cardFamily(docKey.card);
  const dirtyFirst = useIsDirty(first ? { ...docKey, card: first } : docKey);
  const dirtySecond = useIsDirty(second ? { ...docKey, card: second } : docKey);
  const dirty = dirtyFirst || dirtySecond;
  return <option value={value}>{dirty ? t('cards.picker.unsaved', { name: label }) : label}</option>;
}
