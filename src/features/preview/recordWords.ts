import type { CardType } from '../../domain/cardType';
import type { Translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';

/**
 * The words the preview uses for the record it shows: a lead's are the lead texts the preview has
 * always had; any other card's name its entity where it stands alone ("Deal #12") and say "record"
 * elsewhere (records.en.ts).
 */
export interface PreviewWords {
  /** The picker's kicker: "Lead", "Deal". */
  readonly kicker: MessageKey;
  /** "Lead #7" for a record without a title. */
  readonly numbered: (id: string, t: Translate) => string;
  /** "12 simple leads", or "3 records match" while searching. */
  readonly count: (search: string) => MessageKey;
  readonly dialog: MessageKey;
  readonly search: MessageKey;
  readonly loading: MessageKey;
  readonly loadingRecord: MessageKey;
  readonly useSample: MessageKey;
  readonly sample: MessageKey;
  readonly untitled: MessageKey;
  readonly editForm: MessageKey;
  readonly save: MessageKey;
  readonly createFromSample: MessageKey;
  readonly sampleHint: MessageKey;
  readonly created: MessageKey;
  readonly saved: MessageKey;
  readonly missing: MessageKey;
  readonly createTitle: MessageKey;
  readonly defaultName: MessageKey;
  readonly submit: MessageKey;
  readonly intro: MessageKey;
  readonly name: MessageKey;
  readonly done: MessageKey;
}

const LEAD_WORDS: Omit<PreviewWords, 'count'> = {
  kicker: 'preview.picker.lead',
  numbered: (id, t) => t('preview.lead.numbered', { id }),
  dialog: 'preview.picker.dialog',
  search: 'preview.picker.search',
  loading: 'preview.picker.loading',
  loadingRecord: 'preview.loadingLead',
  useSample: 'preview.useSample',
  sample: 'preview.card.sample',
  untitled: 'preview.card.untitledLead',
  editForm: 'preview.edit.form',
  save: 'preview.save.save',
  createFromSample: 'preview.save.createFromSample',
  sampleHint: 'preview.save.sampleHint',
  created: 'preview.save.created',
  saved: 'preview.save.saved',
  missing: 'preview.error.missingLead',
  createTitle: 'preview.create.title',
  defaultName: 'preview.create.defaultName',
  submit: 'preview.create.submit',
  intro: 'preview.create.intro',
  name: 'preview.create.name',
  done: 'preview.create.done',
};

const RECORD_WORDS: Omit<PreviewWords, 'count' | 'kicker' | 'numbered'> = {
  dialog: 'preview.record.dialog',
  search: 'preview.record.search',
  loading: 'preview.record.loading',
  loadingRecord: 'preview.record.loadingRecord',
  useSample: 'preview.record.useSample',
  sample: 'preview.record.sample',
  untitled: 'preview.record.untitled',
  editForm: 'preview.record.editForm',
  save: 'preview.record.save',
  createFromSample: 'preview.record.createFromSample',
  sampleHint: 'preview.record.sampleHint',
  created: 'preview.record.created',
  saved: 'preview.record.saved',
  missing: 'preview.record.missing',
  createTitle: 'preview.record.createTitle',
  defaultName: 'preview.record.defaultName',
  submit: 'preview.record.submit',
  intro: 'preview.record.intro',
  name: 'preview.record.name',
  done: 'preview.record.done',
};

const ENTITY_NAMES = {
  deal: 'preview.record.entity.deal',
  contact: 'preview.record.entity.contact',
  company: 'preview.record.entity.company',
  quote: 'preview.record.entity.quote',
  invoice: 'preview.record.entity.invoice',
  dynamic: 'preview.record.entity.dynamic',
} as const satisfies Record<Exclude<CardType['entity'], 'lead'>, MessageKey>;

export function wordsOf(card: CardType): PreviewWords {
  if (card.entity === 'lead') {
    const repeat = card.leadType === 'repeat';
    return {
      ...LEAD_WORDS,
      count: (search) =>
        search.trim() === ''
          ? repeat
            ? 'preview.picker.countRepeat'
            : 'preview.picker.countSimple'
          : repeat
            ? 'preview.picker.matchRepeat'
            : 'preview.picker.matchSimple',
    };
  }
  const kicker = ENTITY_NAMES[card.entity];
  return {
    ...RECORD_WORDS,
    kicker,
    numbered: (id, t) => t('preview.record.numbered', { entity: t(kicker), id }),
    count: (search) => (search.trim() === '' ? 'preview.record.count' : 'preview.record.match'),
  };
}
