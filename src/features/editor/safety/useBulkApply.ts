import { useCallback, useState } from 'react';
import { applyPersonalLayout, readPersonalLayouts } from '../../../api/methods/bulkApply';
import { useLang, useT } from '../../../i18n/i18nStore';
import { portalErrorText } from '../../../ui/portalErrorText';
import type { DocumentEnv } from '../document/documentContext';
import { useStoredLayouts } from '../document/storedLayouts';
import { portalDefault } from './useOtherLayout';
import { useRights } from '../document/rightsContext';
import { keepVersion } from './versionKeeping';

export type BulkPhase = 'idle' | 'reading' | 'writing' | 'done';

export interface BulkResult {
  readonly ok: boolean;
  /** "Saved", or the portal's answer in plain words (in the interface language). */
  readonly text: string;
}

export interface BulkApply {
  readonly phase: BulkPhase;
  readonly done: number;
  readonly total: number;
  readonly results: ReadonlyMap<number, BulkResult>;
  readonly error: string | null;
  run(userIds: readonly number[]): Promise<void>;
}

/**
 * Applies the draft as the personal layout of many users: reads their current layouts (kept in
 * this browser's history first), then writes, at most 50 commands per `batch` request. A user
 * whose layout cannot be read is not written (nothing is overwritten without keeping it).
 */
export function useBulkApply(env: DocumentEnv): BulkApply {
  const { client, editor, docKey, storageId, me } = env;
  const stored = useStoredLayouts(client);
  const t = useT();
  const lang = useLang();
  const { learn } = useRights();
  const [phase, setPhase] = useState<BulkPhase>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [results, setResults] = useState<ReadonlyMap<number, BulkResult>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (userIds: readonly number[]) => {
      const layout = editor.getState().draft;
      const { card } = docKey;
      const out = new Map<number, BulkResult>();
      setError(null);
      setResults(out);
      setProgress({ done: 0, total: userIds.length });
      try {
        setPhase('reading');
        const reads = await readPersonalLayouts(client, userIds, card, {
          onProgress: ({ done }) => setProgress({ done, total: userIds.length }),
        });
        const at = new Date().toISOString();
        const writable: number[] = [];
        for (const r of reads) {
          if (!r.ok) {
            learn(r.error);
            out.set(r.userId, {
              ok: false,
              text: t('dialogs.bulk.notChanged', { reason: portalErrorText(r.error, t) }),
            });
            continue;
          }
          writable.push(r.userId);
          const overwritten = r.value?.layout ?? portalDefault(env, card, lang);
          const key = { scope: 'P' as const, userId: r.userId, card };
          keepVersion(
            storageId,
            key,
            { layout: overwritten, wasDefault: r.value === null, savedBy: me, at },
            undefined,
          );
        }
        setPhase('writing');
        setProgress({ done: 0, total: writable.length });
        const writes = await applyPersonalLayout(client, layout, card, writable, {
          onProgress: ({ done }) => setProgress({ done, total: writable.length }),
        });
        for (const w of writes) {
          if (!w.ok) learn(w.error);
          out.set(
            w.userId,
            w.ok
              ? { ok: true, text: t('dialogs.bulk.saved') }
              : { ok: false, text: portalErrorText(w.error, t) },
          );
          stored.stale({ scope: 'P', userId: w.userId, card });
        }
      } catch (e) {
        learn(e);
        setError(portalErrorText(e, t));
      } finally {
        setResults(new Map(out));
        setPhase('done');
      }
    },
    [client, editor, docKey, storageId, me, env, stored, t, lang, learn],
  );
  return { phase, done: progress.done, total: progress.total, results, error, run };
}
