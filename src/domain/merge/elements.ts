import { deepEqual } from '../deepEqual';
import type { CardElement, FieldCode } from '../types';
import type { Side } from './conflicts';
import type { MergeContext } from './context';
import { mergeFlags, mergeKept, pick, type KeptKeys } from './pick';

/**
 * Each key of a record (an element's options) merged on its own; a key both sides changed
 * differently is a conflict reported through `onConflict`.
 */
function mergeRecord(
  ctx: MergeContext,
  idPrefix: string,
  b: KeptKeys | undefined,
  m: KeptKeys | undefined,
  t: KeptKeys | undefined,
  onConflict: (id: string, key: string, values: readonly [unknown, unknown, unknown], choice: Side) => void,
): KeptKeys | undefined {
  const keys = [...new Set([...Object.keys(m ?? {}), ...Object.keys(t ?? {}), ...Object.keys(b ?? {})])];
  const out = new Map<string, unknown>();
  for (const key of keys) {
    const id = `${idPrefix}:${key}`;
    const values = [b?.[key], m?.[key], t?.[key]] as const;
    const choice = ctx.choiceOf(id);
    const picked = pick(values[0], values[1], values[2], choice);
    if (picked.conflict) onConflict(id, key, values, choice);
    if (picked.value !== undefined) out.set(key, picked.value);
  }
  return out.size === 0 ? undefined : Object.fromEntries(out);
}

/**
 * The merged element of field `f`: flags bit by bit, options key by key, kept keys without
 * conflicts. Returns the draft's own element when nothing changed, so unchanged parts stay the
 * same objects.
 */
export function mergedElement(ctx: MergeContext, f: FieldCode): CardElement {
  const { views } = ctx;
  const eb = views.base.place.get(f)?.element;
  const em = views.mine.place.get(f)?.element;
  const et = views.theirs.place.get(f)?.element;
  // A side without the field has no opinion about its settings.
  const m = em ?? eb ?? et;
  const t = et ?? eb ?? em;
  if (!m || !t) throw new Error(`mergeLayouts: ${f} is on no side`);
  const options = mergeRecord(
    ctx,
    `field:${f}:option`,
    eb?.options,
    m.options,
    t.options,
    (id, key, [vb, vm, vt], choice) =>
      ctx.fieldConflicts.push({
        id,
        kind: 'fieldOption',
        field: f,
        key,
        base: vb,
        mine: vm,
        theirs: vt,
        choice,
      }),
  );
  const extra = mergeKept(eb?.extra, m.extra, t.extra);
  const element: CardElement = {
    field: f,
    optionFlags: mergeFlags(eb?.optionFlags ?? 0, m.optionFlags, t.optionFlags),
    ...(options !== undefined ? { options } : {}),
    ...(extra !== undefined ? { extra } : {}),
  };
  return em && deepEqual(em, element) ? em : element;
}
