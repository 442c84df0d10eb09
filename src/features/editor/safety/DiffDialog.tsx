import { useState } from 'react';
import { useStore } from 'zustand';
import { diffLayouts, keptSettingsDiffer } from '../../../domain/diff';
import type { Layout } from '../../../domain/types';
import { useT } from '../../../i18n/i18nStore';
import type { DocumentKey } from '../../../store/documentKey';
import { alignSections } from './alignSections';
import { ChangeList, countOf, KeptSettingsNoteText } from './ChangeList';
import { useDocument, useFamilyLabelOf } from '../document/documentContext';
import { useOtherLayout } from './useOtherLayout';
import { ReadingDialog } from './ReadingDialog';
import './safety.css';
import { onRovingKeyDown } from '../../../ui/rovingFocus';

type Mode = 'saved' | 'scope' | 'leadType';

/** Draft vs saved, personal vs common, simple vs repeat: what differs, as sentences. */
export function DiffDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocument();
  const t = useT();
  const { docKey, editor, me } = env;
  const [mode, setMode] = useState<Mode>('saved');
  const draft = useStore(editor, (s) => s.draft);
  const saved = useStore(editor, (s) => s.saved);
  const personal = docKey.scope === 'P';
  const { card } = docKey;
  const otherType = card.entity === 'lead' && card.leadType === 'simple' ? 'repeat' : 'simple';
  const otherKey: DocumentKey | null =
    mode === 'scope'
      ? personal
        ? { scope: 'C', userId: null, card }
        : { scope: 'P', userId: me.id, card }
      : mode === 'leadType'
        ? { ...docKey, card: { entity: 'lead', leadType: otherType } }
        : null;
  const other = useOtherLayout(env, otherKey);
  const labelOf = useFamilyLabelOf();
  const compared = ((): { before: Layout; after: Layout; text: string } | null => {
    if (mode === 'saved') return { before: saved, after: draft, text: t('dialogs.diff.draftVsSaved') };
    if (other.status !== 'ready') return null;
    if (mode === 'scope') {
      return personal
        ? {
            before: other.layout,
            after: draft,
            text: t('dialogs.diff.personalVsCommon', { note: other.note }),
          }
        : {
            before: draft,
            after: other.layout,
            text: t('dialogs.diff.commonVsPersonal', { note: other.note }),
          };
    }
    const simpleFirst = otherType === 'repeat';
    return {
      before: simpleFirst ? draft : other.layout,
      after: simpleFirst ? other.layout : draft,
      text: t('dialogs.diff.simpleVsRepeat', { leads: t(`dialogs.leads.${otherType}`), note: other.note }),
    };
  })();
  const changes = compared
    ? diffLayouts(compared.before, alignSections(compared.before, compared.after))
    : [];
  const modes: readonly [Mode, string][] = [
    ['saved', t('dialogs.diff.mode.saved')],
    ['scope', t(personal ? 'dialogs.diff.mode.personal' : 'dialogs.diff.mode.common')],
    ...(card.entity === 'lead' ? [['leadType', t('dialogs.diff.mode.leadType')] as [Mode, string]] : []),
  ];
  return (
    <ReadingDialog title={t('dialogs.diff.title')} onClose={onClose}>
      <div className="tabs" role="tablist" aria-label={t('dialogs.diff.modes')} onKeyDown={onRovingKeyDown}>
        {modes.map(([m, label]) => (
          <button
            key={m}
            type="button"
            role="tab"
            className="tab"
            aria-selected={mode === m}
            tabIndex={mode === m ? 0 : -1}
            onClick={() => setMode(m)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="diff-panel" aria-label={t('dialogs.diff.differences')}>
        {other.status === 'error' && mode !== 'saved' ? (
          <p className="banner banner-error">{other.message}</p>
        ) : null}
        {compared ? (
          <>
            <p className="safety-note">
              {t('dialogs.diff.summary', {
                text: compared.text,
                differences: countOf(t, changes.length, 'differences'),
              })}
            </p>
            <KeptSettingsNoteText note={keptSettingsDiffer(compared.before, compared.after)} />
            <ChangeList
              changes={changes}
              labelOf={labelOf}
              empty={t('dialogs.diff.same')}
              label={t('dialogs.diff.differences')}
            />
          </>
        ) : other.status === 'loading' ? (
          <p className="safety-note">{t('dialogs.diff.reading')}</p>
        ) : null}
      </div>
    </ReadingDialog>
  );
}
