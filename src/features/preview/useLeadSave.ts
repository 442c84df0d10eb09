import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addRecord, recordKeys, updateRecord, type RecordCommands } from '../../api/methods/records';
import type { PortalClient } from '../../api/transport';
import type { CardType } from '../../domain/cardType';
import type { FieldCode, Layout } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import { showToast } from '../../ui/toastStore';
import type { PreviewCatalog } from './catalog';
import { diffLead, fieldsForAdd, type LeadChanges } from './diffLead';
import type { FormStore } from './formStore';
import { leadErrorText, placeLeadError } from './leadErrors';
import { wordsOf } from './recordWords';
import type { References } from './references';
import { recordSessionKey } from './usePreviewLead';
import type { LeadChoice } from './useLeadChoice';
import { validateLead } from './validateLead';

export interface SaveFailure {
  /** `lead`: shown at the lead picker; `save`: at the save bar. Field errors go to `problems`. */
  readonly place: 'lead' | 'save';
  /** What the portal answered; put in words where it is shown, in the language of that moment. */
  readonly error: unknown;
}

export interface LeadSave {
  readonly save: () => void;
  readonly busy: boolean;
  readonly problems: ReadonlyMap<FieldCode, readonly string[]>;
  readonly failure: SaveFailure | null;
}

export interface LeadSaveOptions {
  readonly client: PortalClient;
  readonly card: CardType;
  /** The card's record commands; nothing is saved while they load. */
  readonly commands: RecordCommands | null;
  readonly choice: LeadChoice | null;
  readonly store: FormStore | null;
  readonly layout: Layout;
  readonly catalog: PreviewCatalog;
  readonly refs: References;
  readonly onCreated: (id: number) => void;
}

const NO_PROBLEMS: ReadonlyMap<FieldCode, readonly string[]> = new Map();

function byField(
  list: readonly { field: FieldCode; message: string }[],
): ReadonlyMap<FieldCode, readonly string[]> {
  const out = new Map<FieldCode, string[]>();
  for (const p of list) out.set(p.field, [...(out.get(p.field) ?? []), p.message]);
  return out;
}

/**
 * Save in edit mode: validate by type, then the card's `update` (`crm.lead.update`,
 * `crm.deal.update`, `crm.item.update`…) with only what changed (or, for the sample, its `add` with
 * every filled value). On failure the typed values stay and the
 * portal's answer is shown where it belongs (picker, field or save bar).
 */
export function useLeadSave({
  client,
  card,
  commands,
  choice,
  store,
  layout,
  catalog,
  refs,
  onCreated,
}: LeadSaveOptions): LeadSave {
  const queryClient = useQueryClient();
  const t = useT();
  // reported for one lead: another lead starts clean
  const leadKey = choice?.kind === 'lead' ? recordSessionKey(card, choice.id) : 'sample';
  const words = wordsOf(card);
  const [report, setReport] = useState<{
    key: string;
    problems: ReadonlyMap<FieldCode, readonly string[]>;
    failure: SaveFailure | null;
  }>({
    key: leadKey,
    problems: NO_PROBLEMS,
    failure: null,
  });
  const setProblems = (problems: ReadonlyMap<FieldCode, readonly string[]>) =>
    setReport({ key: leadKey, problems, failure: null });
  const setFailure = (failure: SaveFailure | null) =>
    setReport({ key: leadKey, problems: NO_PROBLEMS, failure });
  const mutation = useMutation({
    mutationFn: ({ id, changes, api }: { id: number | null; changes: LeadChanges; api: RecordCommands }) =>
      id === null ? addRecord(client, api, changes) : updateRecord(client, api, id, changes).then(() => id),
  });

  const save = () => {
    if (!store || !choice || !commands) return;
    const { form, original } = store.getState();
    const isNew = choice.kind === 'sample';
    const found = validateLead(form, { original: isNew ? null : original, layout, catalog, refs, t });
    setProblems(byField(found));
    if (found.length > 0) return;
    const changes = isNew ? fieldsForAdd(form, layout, catalog) : diffLead(original, form, layout, catalog);
    const count = Object.keys(changes).length;
    if (count === 0) {
      showToast('info', t('preview.save.nothing'));
      return;
    }
    mutation.mutate(
      { id: choice.kind === 'lead' ? choice.id : null, changes, api: commands },
      {
        onSuccess: (id) => {
          if (isNew) {
            store.getState().discard();
            showToast('success', t(words.created, { id: String(id) }));
            onCreated(id);
          } else {
            store.getState().markSaved(form); // not what was typed since: that was not sent
            showToast('success', t(words.saved, { id: String(id), count }));
          }
          void queryClient.invalidateQueries({ queryKey: recordKeys.all(client, card) });
        },
        onError: (e) => {
          const place = placeLeadError(e, catalog);
          if (place.kind === 'field')
            setProblems(byField([{ field: place.field, message: leadErrorText(e, t) }]));
          else setFailure({ place: place.kind, error: e });
        },
      },
    );
  };

  const current = report.key === leadKey;
  return {
    save,
    busy: mutation.isPending,
    problems: current ? report.problems : NO_PROBLEMS,
    failure: current ? report.failure : null,
  };
}
