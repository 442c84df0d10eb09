import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { cardFieldsFor } from '../../domain/cardFields';
import { diffLayouts, keptSettingsDiffer } from '../../domain/diff';
import type { LeadType } from '../../domain/types';
import { useLang, useT, type Translate } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { portalErrorText } from '../../ui/portalErrorText';
import { alignSections } from './alignSections';
import { ChangeList, KeptSettingsNoteText } from './ChangeList';
import { mayManageOthers } from '../../store/rights';
import { labelFrom, useDocumentEnv } from './documentEnv';
import { layoutPairQuery, type LayoutPair } from './editorData';
import { userName } from './userName';
import { portalDefault } from './useOtherLayout';
import { useRights } from './rightsContext';
import { UserPicker } from './UserPicker';
import './safety.css';

const LEAD_TYPES: readonly LeadType[] = ['simple', 'repeat'];

function verdict(t: Translate, personal: LayoutPair, common: LayoutPair, lt: LeadType, who: string): string {
  if (personal[lt]) {
    return t(common[lt] ? 'dialogs.who.personalOverCommon' : 'dialogs.who.personalOverDefault', { who });
  }
  return t(common[lt] ? 'dialogs.who.common' : 'dialogs.who.default', { who });
}

/** For one user: which layout applies per lead type, and their personal layout against the common one. */
export function WhoSeesDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocumentEnv();
  const t = useT();
  const lang = useLang();
  const [user, setUser] = useState<{ id: number; name: string }>(() => {
    const id = env.docKey.scope === 'P' && env.docKey.userId !== null ? env.docKey.userId : env.me.id;
    const known = env.firstUsers.find((u) => Number(u.ID) === id);
    return {
      id,
      name: known
        ? userName(known)
        : id === env.me.id
          ? env.me.name
          : t('dialogs.user.numbered', { id: String(id) }),
    };
  });
  const personal = useQuery(layoutPairQuery(env.client, { scope: 'P', userId: user.id }));
  const common = useQuery(layoutPairQuery(env.client, { scope: 'C', userId: null }));
  const labelOf = useMemo(() => labelFrom(cardFieldsFor('simple', env.fields, lang)), [env.fields, lang]);
  const failed = personal.error ?? common.error;
  const { rights, learn } = useRights();
  useEffect(() => {
    if (failed) learn(failed);
  }, [failed, learn]);
  /** Per lead type with a personal layout: its differences from the common one (or the default). */
  const diffs =
    personal.data && common.data
      ? LEAD_TYPES.flatMap((lt) => {
          const own = personal.data[lt]?.layout;
          if (!own) return [];
          const before = common.data[lt]?.layout ?? portalDefault(env, lt, lang);
          const after = alignSections(before, own);
          return [{ lt, changes: diffLayouts(before, after), kept: keptSettingsDiffer(before, after) }];
        })
      : [];
  return (
    <Dialog
      open
      title={t('dialogs.who.title')}
      onClose={onClose}
      actions={
        <Button variant="light" onClick={onClose}>
          {t('dialogs.close')}
        </Button>
      }
    >
      <div className="safety-wide">
        {mayManageOthers(rights) ? (
          <UserPicker userId={user.id} onChange={(id, u) => setUser({ id, name: userName(u) })} />
        ) : (
          <p className="hint">{t('rights.who.ownOnly')}</p>
        )}
        {failed ? (
          <p className="banner banner-error" role="alert">
            {portalErrorText(failed, t)}
          </p>
        ) : null}
        {personal.data && common.data ? (
          <>
            <ul className="who-list" aria-label={t('dialogs.who.apply')}>
              {LEAD_TYPES.map((lt) => (
                <li key={lt}>
                  <strong>{t(lt === 'simple' ? 'editor.tabs.simple' : 'editor.tabs.repeat')}: </strong>
                  {verdict(t, personal.data, common.data, lt, user.name)}
                  {personal.data[lt]
                    ? null
                    : ` ${t(common.data[lt] ? 'dialogs.who.startsFromCommon' : 'dialogs.who.startsFromDefault')}`}
                </li>
              ))}
            </ul>
            {diffs.length === 0 ? <p className="safety-empty">{t('dialogs.who.noPersonal')}</p> : null}
            {diffs.map(({ lt, changes, kept }) => (
              <section
                key={lt}
                aria-label={t('dialogs.who.againstList', { leads: t(`dialogs.leads.${lt}`) })}
              >
                <h3 className="safety-h">{t('dialogs.who.against', { leads: t(`dialogs.leads.${lt}`) })}</h3>
                <KeptSettingsNoteText note={kept} />
                <ChangeList
                  changes={changes}
                  labelOf={labelOf}
                  empty={t('dialogs.who.same')}
                  label={t('dialogs.who.againstList', { leads: t(`dialogs.leads.${lt}`) })}
                />
              </section>
            ))}
          </>
        ) : !failed ? (
          <p className="safety-note">{t('dialogs.who.reading')}</p>
        ) : null}
        <p className="safety-note who-limit">
          <strong>{t('dialogs.who.limitLead')}</strong> {t('dialogs.who.limit')}
        </p>
      </div>
    </Dialog>
  );
}
