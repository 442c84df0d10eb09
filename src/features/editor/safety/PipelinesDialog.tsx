import { useContext, useState } from 'react';
import { useStore } from 'zustand';
import { cardTypeString } from '../../../domain/cardType';
import { diffLayouts } from '../../../domain/diff';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { portalErrorText } from '../../../ui/portalErrorText';
import { alignSections } from './alignSections';
import { ChangeList } from './ChangeList';
import { CardCatalogContext, cardName, useCardWords } from '../document/cardWords';
import { useDocument } from '../document/documentContext';
import { otherPipelinesOf, usePipelinesApply } from './usePipelinesApply';
import '../toolbar/cards.css';
import './safety.css';

/**
 * "Use this pipeline's card for all pipelines": what each other pipeline (or funnel) of the same
 * scope shows now against the draft, first; then the draft is saved to the chosen ones.
 */
export function PipelinesDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocument();
  const t = useT();
  const words = useCardWords();
  const catalog = useContext(CardCatalogContext);
  const { card } = env.docKey;
  const targets = otherPipelinesOf(card, catalog);
  const apply = usePipelinesApply(env, targets);
  const draft = useStore(env.editor, (s) => s.draft);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const { labelOf } = env;
  const rows = apply.now.data ?? [];
  const chosen = rows.filter((r) => !skipped.has(cardTypeString(r.card)));
  const toggle = (text: string) =>
    setSkipped((s) => {
      const next = new Set(s);
      if (!next.delete(text)) next.add(text);
      return next;
    });
  const done = apply.results.size > 0;
  return (
    <Dialog
      open
      title={t('cards.pipelines.title')}
      onClose={() => (apply.busy ? undefined : onClose())}
      actions={
        <>
          {!done ? (
            <Button
              variant="primary"
              busy={apply.busy}
              disabled={chosen.length === 0}
              onClick={() => void apply.run(chosen, draft)}
            >
              {t('cards.pipelines.submit', { count: chosen.length })}
            </Button>
          ) : null}
          <Button variant="light" disabled={apply.busy} onClick={onClose}>
            {t('dialogs.close')}
          </Button>
        </>
      }
    >
      <div className="safety-wide">
        <p className="safety-note">{t('cards.pipelines.note', { leads: words(card) })}</p>
        {targets.length === 0 ? <p className="safety-empty">{t('cards.pipelines.none')}</p> : null}
        {apply.now.isPending && targets.length > 0 ? (
          <p className="safety-note" role="status">
            {t('cards.pipelines.reading')}
          </p>
        ) : null}
        {apply.now.isError ? (
          <p className="banner banner-error" role="alert">
            {portalErrorText(apply.now.error, t)}
          </p>
        ) : null}
        {rows.map((r) => {
          const text = cardTypeString(r.card);
          const name = cardName(t, r.card, catalog);
          const result = apply.results.get(text);
          const changes = diffLayouts(r.layout, alignSections(r.layout, draft));
          return (
            <section key={text} className="pipeline-row" aria-label={name}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={!skipped.has(text)}
                  disabled={apply.busy || done}
                  onChange={() => toggle(text)}
                />
                <strong>{name}</strong>{' '}
                <span className="hint">
                  {t(r.stored ? 'cards.pipelines.stored' : 'cards.pipelines.default')}
                </span>
              </label>
              {result ? (
                <p className={result.ok ? 'safety-note' : 'banner banner-error'} role="status">
                  {result.text}
                </p>
              ) : (
                <ChangeList
                  changes={changes}
                  labelOf={labelOf}
                  empty={t('cards.pipelines.same')}
                  label={t('cards.pipelines.changes', { name })}
                />
              )}
            </section>
          );
        })}
      </div>
    </Dialog>
  );
}
