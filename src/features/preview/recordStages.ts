import type { LeadFields } from '../../api/schemas/fields';
import type { CardType } from '../../domain/cardType';
import { EMPTY_FORM, formValue, type LeadForm } from './leadForm';

/**
 * Where a record keeps its stage and which `crm.status.list` entity names them (BITRIX24-API.md
 * 3.5): a lead's `STATUS_ID` in `STATUS`, a quote's in `QUOTE_STATUS`; a deal's `STAGE_ID` in
 * `DEAL_STAGE` (pipeline 0) or `DEAL_STAGE_{pipeline}`, a smart invoice's in
 * `SMART_INVOICE_STAGE_{category}`, a smart process's in `DYNAMIC_{type}_STAGE_{funnel}`.
 * Contacts and companies have no stages.
 */
export function stageOf(card: CardType, form: LeadForm): { key: string; entity: string } | null {
  const category = (fallback: number): string => formValue(form, 'CATEGORY_ID').trim() || String(fallback);
  switch (card.entity) {
    case 'lead':
      return { key: 'STATUS_ID', entity: 'STATUS' };
    case 'quote':
      return { key: 'STATUS_ID', entity: 'QUOTE_STATUS' };
    case 'deal': {
      const pipeline = category(card.categoryId);
      return { key: 'STAGE_ID', entity: pipeline === '0' ? 'DEAL_STAGE' : `DEAL_STAGE_${pipeline}` };
    }
    case 'invoice':
      return { key: 'STAGE_ID', entity: `SMART_INVOICE_STAGE_${category(0)}` };
    case 'dynamic':
      return { key: 'STAGE_ID', entity: `DYNAMIC_${card.entityTypeId}_STAGE_${category(card.categoryId)}` };
    default:
      return null;
  }
}

/** The title the card shows: a contact's is the person's name (contacts have no `TITLE`). */
export function recordTitle(card: CardType, form: LeadForm): string {
  if (card.entity === 'contact')
    return [formValue(form, 'NAME'), formValue(form, 'LAST_NAME')]
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .join(' ');
  return formValue(form, 'TITLE').trim();
}

/**
 * The card's fields with its stage field naming its own pipeline's or funnel's stages: the portal
 * gives a deal's `STAGE_ID` the `statusType` `DEAL_STAGE` whatever the pipeline, and a smart
 * process's none, so the stage would show as its id and offer pipeline 0's stages when edited.
 * Smart invoices keep theirs: their category is the record's, not the card's.
 */
export function withCardStages(card: CardType, fields: LeadFields): LeadFields {
  if (card.entity !== 'deal' && card.entity !== 'dynamic') return fields;
  const stage = stageOf(card, EMPTY_FORM);
  const info = stage ? fields[stage.key] : undefined;
  if (!stage || !info || info.statusType === stage.entity) return fields;
  return { ...fields, [stage.key]: { ...info, statusType: stage.entity } };
}
