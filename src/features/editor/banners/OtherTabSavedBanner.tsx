import { useState } from 'react';
import { useLang, useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { useCardWords } from '../document/cardWords';
import { ConflictDialog } from '../safety/LazyConflictDialog';
import { useDocument } from '../document/documentContext';
import { formatWhen } from '../document/formatWhen';
import { useOtherTabSaves } from './useOtherTabSaves';
import '../safety/safety.css';

/**
 * "Another tab of this browser saved the common layout of simple leads at 14:05", for the open
 * document, with the conflict dialog's choices when this tab has unsaved changes of its own.
 */
export function OtherTabSavedBanner() {
  const env = useDocument();
  const t = useT();
  const lang = useLang();
  const { news, settle, dismiss } = useOtherTabSaves(env);
  const words = useCardWords();
  const [reviewing, setReviewing] = useState(false);
  if (!news) return null;
  const leads = words(env.docKey.card);
  const layout =
    env.docKey.scope === 'C'
      ? t('pieces.otherTab.common', { leads })
      : t('pieces.otherTab.personal', {
          leads,
          who: t('pieces.user.numberedInline', { id: String(env.docKey.userId ?? '') }),
        });
  const finish = (draft: Parameters<typeof settle>[0]) => {
    setReviewing(false);
    settle(draft);
  };
  return (
    <>
      <div className="banner banner-warn draft-banner" role="region" aria-label={t('pieces.otherTab.region')}>
        <span>
          <strong>{t('pieces.otherTab.saved', { layout, when: formatWhen(news.at, lang) })}</strong>
          {t(news.kind === 'shown' ? 'pieces.otherTab.shownRest' : 'pieces.otherTab.unsavedRest')}
        </span>
        <span className="topbar-spacer" />
        {news.kind === 'unsaved' ? (
          <Button variant="primary" onClick={() => setReviewing(true)}>
            {t('pieces.otherTab.review')}
          </Button>
        ) : (
          <Button variant="light" onClick={dismiss}>
            {t('pieces.otherTab.ok')}
          </Button>
        )}
      </div>
      {reviewing && news.kind === 'unsaved' ? (
        <ConflictDialog
          title={t('pieces.otherTab.dialogTitle')}
          intro={t('pieces.otherTab.dialogIntro')}
          base={news.base}
          mine={env.editor.getState().draft}
          theirs={news.theirs}
          labelOf={env.labelOf}
          canSave={false}
          onKeepMine={() => finish(env.editor.getState().draft)}
          onTakeTheirs={() => finish(news.theirs)}
          onMerge={(merged) => finish(merged)}
          onClose={() => setReviewing(false)}
        />
      ) : null}
    </>
  );
}
