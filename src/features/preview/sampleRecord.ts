import type { CardType } from '../../domain/cardType';
import type { Translate } from '../../i18n/i18nStore';
import type { PreviewCatalog } from './catalog';
import type { LeadForm } from './leadForm';
import { stageOf } from './recordStages';
import type { References } from './references';
import { sampleLead } from './sampleLead';

/**
 * The built-in sample record of a card: a lead's is the sample lead of its type; any other card's
 * gets the same plausible values (the card shows only the fields it has) with its own first stage,
 * and a deal or a smart process its pipeline or funnel.
 */
export function sampleRecord(
  card: CardType,
  catalog: PreviewCatalog,
  refs: References,
  t: Translate,
): LeadForm {
  if (card.entity === 'lead') return sampleLead(card.leadType, catalog, refs, t);
  const base = sampleLead('simple', catalog, refs, t);
  const values: Record<string, string> = { ...base.values };
  if (card.entity === 'deal' || card.entity === 'dynamic') values['CATEGORY_ID'] = String(card.categoryId);
  const stage = stageOf(card, { ...base, values });
  if (stage) values[stage.key] = refs.statuses.get(stage.entity)?.[0]?.STATUS_ID ?? '';
  return { ...base, values };
}
