import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type JSX } from 'react';
import { fromPortal, predictStored } from '../../api/methods/layoutMapping';
import type { LeadFields } from '../../api/schemas/fields';
import type { PortalClient } from '../../api/transport';
import type { CardField } from '../../domain/cardFields';
import { cardTypeString, parseCardType, SIMPLE_LEADS, type CardType } from '../../domain/cardType';
import type { Layout, LeadType } from '../../domain/types';
import { useLang, useT } from '../../i18n/i18nStore';
import { portalErrorText } from '../../ui/portalErrorText';
import { createCatalog } from './catalog';
import { CreateLeadDialog } from './CreateLeadDialog';
import { leadErrorText, placeLeadError } from './leadErrors';
import { LeadPicker } from './LeadPicker';
import './preview.css';
import { PreviewEnvContext, type PreviewEnv } from './previewEnv';
import { PreviewNotices } from './PreviewNotices';
import { previewReferencesQuery } from './previewQueries';
import { PreviewStage } from './PreviewStage';
import { PreviewToolbar } from './PreviewToolbar';
import { usePreviewView } from './previewView';
import { wordsOf } from './recordWords';
import { recordTitle, withCardStages } from './recordStages';
import { buildReferences, NO_REFERENCES } from './references';
import { useFormSession } from './useFormSession';
import { useLeadChoice } from './useLeadChoice';
import { useLeadSave } from './useLeadSave';
import { usePreviewLead } from './usePreviewLead';
import { useRecordCommands } from './useRecordCommands';

interface PreviewPanelBase {
  readonly client: PortalClient;
  /** The layout being edited (changes live). */
  readonly draft: Layout;
  /** What the portal holds (or the portal default). */
  readonly saved: Layout;
  /** The card's fields by data key (`crm.lead.fields`, `crm.deal.fields`, …, UPPER names). */
  readonly fields: LeadFields;
  /** The card's elements (`cardFieldsOf(card, fields)`). */
  readonly cardFields: readonly CardField[];
  /** Open this record first (the CRM_LEAD_DETAIL_TAB placement passes the lead of the card). */
  readonly initialLeadId?: number;
}

/**
 * The card previewed: `card` for any CRM card (a `leadType` given too is ignored), or `leadType`
 * alone for a lead card as before.
 */
export type PreviewPanelProps = PreviewPanelBase &
  (
    | { readonly card: CardType; readonly leadType?: LeadType }
    | { readonly leadType: LeadType; readonly card?: undefined }
  );

/**
 * The draft layout as the portal's card shows it, filled with a real record of the card (a lead of
 * the type, a deal of the pipeline, a contact, an item of the funnel…) or the sample, in view or
 * edit mode, wide or narrow, or next to the saved layout. Saving writes the record with the card's
 * `update`; "Create a test …" uses its `add` once. Stages and people are loaded once, in one
 * batch, when the panel opens.
 */
export function PreviewPanel(props: PreviewPanelProps): JSX.Element {
  const { client, draft, saved, cardFields, initialLeadId } = props;
  // the card by value: a caller's fresh object of the same card changes nothing
  const cardKey = cardTypeString(props.card ?? { entity: 'lead', leadType: props.leadType ?? 'simple' });
  const card = useMemo<CardType>(() => parseCardType(cardKey) ?? SIMPLE_LEADS, [cardKey]);
  const words = useMemo(() => wordsOf(card), [card]);
  const fields = useMemo(() => withCardStages(card, props.fields), [card, props.fields]);
  const titleId = useId();
  const t = useT();
  const lang = useLang();
  const catalog = useMemo(() => createCatalog(cardFields, fields), [cardFields, fields]);
  const references = useQuery(previewReferencesQuery(client));
  const data = references.data;
  const refs = useMemo(() => (data ? buildReferences(data.statuses, data.users) : NO_REFERENCES), [data]);
  const records = useRecordCommands(client, card);
  const commands = records.commands;
  const env = useMemo<PreviewEnv>(
    () => ({ client, commands, card, words, catalog, refs, format: { locale: lang, fields, refs, t } }),
    [client, commands, card, words, catalog, refs, fields, lang, t],
  );
  const { choice, choose } = useLeadChoice(client, card, records.commands, initialLeadId);
  const lead = usePreviewLead(client, choice, card, records, catalog, refs);
  const store = useFormSession(lead.key, lead.form);
  const save = useLeadSave({
    client,
    card,
    commands: records.commands,
    choice,
    store,
    layout: draft,
    catalog,
    refs,
    onCreated: (id) => choose({ kind: 'lead', id }),
  });
  // the card as it will look once saved: the portal drops what it does not store (labels renamed in
  // its own editor among them), so the draft side shows the standard names it will show again
  const willShow = useMemo(
    () => (draft === saved ? draft : fromPortal(predictStored(draft)).layout),
    [draft, saved],
  );
  const [view, changeView] = usePreviewView();
  const [creating, setCreating] = useState(false);

  const title = lead.form ? recordTitle(card, lead.form) : '';
  const caption =
    choice?.kind === 'sample'
      ? t(words.sample)
      : lead.form
        ? `${title || t('preview.untitled')} (${lead.badge})`
        : t('preview.loading');
  const loadError =
    lead.error && placeLeadError(lead.error, catalog).kind === 'lead'
      ? leadErrorText(lead.error, t, words.missing)
      : null;
  const pickerError =
    save.failure?.place === 'lead' ? leadErrorText(save.failure.error, t, words.missing) : loadError;
  const problems = [
    ...(data?.failures ?? []).map(({ part, error }) =>
      t(part === 'statuses' ? 'preview.refs.statuses' : 'preview.refs.users', {
        error: portalErrorText(error, t),
      }),
    ),
    ...(references.isError ? [t('preview.refs.names', { error: leadErrorText(references.error, t) })] : []),
  ];
  return (
    <PreviewEnvContext.Provider value={env}>
      <section
        className={`preview${view.expanded ? ' is-expanded' : ''}`}
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && view.expanded && !creating) changeView({ expanded: false });
        }}
      >
        <PreviewToolbar
          titleId={titleId}
          picker={<LeadPicker current={choice} caption={caption} onChoose={choose} error={pickerError} />}
          view={view}
          onView={changeView}
          onCreate={() => setCreating(true)}
        />
        <PreviewNotices
          leadType={card.entity === 'lead' ? card.leadType : 'simple'}
          badge={lead.badge}
          isRepeat={lead.isRepeat}
          problems={problems}
        />
        <PreviewStage
          lead={lead}
          store={store}
          draft={willShow}
          saved={saved}
          view={view}
          save={save}
          onUseSample={() => choose({ kind: 'sample' })}
        />
        {creating && records.commands ? (
          <CreateLeadDialog
            commands={records.commands}
            layout={draft}
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              choose({ kind: 'lead', id });
            }}
          />
        ) : null}
      </section>
    </PreviewEnvContext.Provider>
  );
}
