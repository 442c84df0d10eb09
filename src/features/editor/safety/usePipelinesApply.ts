import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { CardCatalog } from '../../../api/methods/cardCatalog';
import { applyToCards, readCardLayouts, type PerCard } from '../../../api/methods/cardsApply';
import type { LoadedLayout } from '../../../api/methods/layoutMapping';
import { portalKey } from '../../../api/methods/keys';
import { cardTypeString, sameCardType, type CardType } from '../../../domain/cardType';
import type { Layout } from '../../../domain/types';
import { useLang, useT } from '../../../i18n/i18nStore';
import { portalErrorText } from '../../../ui/portalErrorText';
import type { DocumentEnv } from '../document/documentContext';
import { useStoredLayouts } from '../document/storedLayouts';
import { useRights } from '../document/rightsContext';
import { portalDefault } from './useOtherLayout';
import { keepVersion } from './versionKeeping';

/** The other pipelines (deals) or funnels (a smart process) of `card`'s entity; none for other cards. */
export function otherPipelinesOf(card: CardType, catalog: CardCatalog | null): CardType[] {
  if (!catalog) return [];
  const all: CardType[] =
    card.entity === 'deal'
      ? catalog.deals.map((f) => ({ entity: 'deal', categoryId: f.id }))
      : card.entity === 'dynamic'
        ? (catalog.processes
            .find((p) => p.entityTypeId === card.entityTypeId)
            ?.funnels.map((f): CardType => ({ ...card, categoryId: f.id })) ?? [])
        : [];
  return all.filter((c) => !sameCardType(c, card));
}

/** A pipeline's layout now: stored, or the portal default when nothing is stored. */
export interface PipelineNow {
  readonly card: CardType;
  readonly layout: Layout;
  readonly stored: boolean;
}

export type PipelineResult = { readonly ok: boolean; readonly text: string };

const readNow = (env: DocumentEnv, lang: 'en' | 'ru', parts: PerCard<LoadedLayout | null>[]) =>
  parts.map((p) => {
    if (!p.ok) throw p.error;
    return p.value
      ? { card: p.card, layout: p.value.layout, stored: true }
      : { card: p.card, layout: portalDefault(env, p.card, lang), stored: false };
  });

/**
 * "Use this pipeline's card for all pipelines": reads what every other pipeline of the same
 * scope/user has now (one request, for the diff shown first), then writes the draft to the chosen
 * ones in one request, keeping each overwritten layout in this browser's history.
 */
export function usePipelinesApply(env: DocumentEnv, targets: readonly CardType[]) {
  const { client, docKey, storageId, me } = env;
  const stored = useStoredLayouts(client);
  const t = useT();
  const lang = useLang();
  const { learn } = useRights();
  const where = useMemo(
    () => ({ scope: docKey.scope, userId: docKey.userId }),
    [docKey.scope, docKey.userId],
  );
  const now = useQuery({
    queryKey: [
      ...portalKey(client),
      'pipelinesNow',
      where.scope,
      where.userId,
      ...targets.map(cardTypeString),
    ],
    queryFn: async ({ signal }) =>
      readNow(env, lang, await readCardLayouts(client, where, targets, { signal })),
    enabled: targets.length > 0,
    retry: false,
    gcTime: 0,
  });
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<ReadonlyMap<string, PipelineResult>>(new Map());
  const run = useCallback(
    async (chosen: readonly PipelineNow[], layout: Layout) => {
      setBusy(true);
      const at = new Date().toISOString();
      for (const c of chosen) {
        const key = { ...where, card: c.card };
        keepVersion(storageId, key, { layout: c.layout, wasDefault: !c.stored, savedBy: me, at }, undefined);
      }
      const out = new Map<string, PipelineResult>();
      try {
        const writes = await applyToCards(
          client,
          layout,
          where,
          chosen.map((c) => c.card),
        );
        for (const w of writes) {
          if (!w.ok) learn(w.error);
          out.set(
            cardTypeString(w.card),
            w.ok
              ? { ok: true, text: t('dialogs.bulk.saved') }
              : { ok: false, text: portalErrorText(w.error, t) },
          );
          stored.stale({ ...where, card: w.card });
        }
      } catch (e) {
        learn(e);
        for (const c of chosen) out.set(cardTypeString(c.card), { ok: false, text: portalErrorText(e, t) });
      } finally {
        setResults(out);
        setBusy(false);
      }
    },
    [client, where, storageId, me, stored, t, learn],
  );
  return { now, busy, results, run };
}
