import { useQuery } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';
import { cardTypeString, type CardType } from '../../../domain/cardType';
import { diffLayouts, keptSettingsDiffer } from '../../../domain/diff';
import { useLang, useT, type Translate } from '../../../i18n/i18nStore';
import { portalErrorText } from '../../../ui/portalErrorText';
import { alignSections } from './alignSections';
import { ChangeList, KeptSettingsNoteText } from './ChangeList';
import { mayManageOthers } from '../../../store/rights';
import { CardCatalogContext, cardName } from '../document/cardWords';
import { useDocument, useFamilyLabelOf } from '../document/documentContext';
import { cardFamily, layoutOf, layoutPairQuery, type LayoutPair } from '../document/storedLayouts';
import { userName } from '../users/userName';
import { portalDefault } from './useOtherLayout';
import { useRights } from '../document/rightsContext';
import { UserPicker } from '../users/UserPicker';
import { ReadingDialog } from './ReadingDialog';
import './safety.css';

function verdict(
  t: Translate,
  personal: LayoutPair,
  common: LayoutPair,
  card: CardType,
  who: string,
): string {
  if (layoutOf(personal, card)) {
    const over = layoutOf(common, card)
      ? 'dialogs.who.personalOverCommon'
      : 'dialogs.who.personalOverDefault';
    return t(over, { who });
  }
  return t(layoutOf(common, card) ? 'dialogs.who.common' : 'dialogs.who.default', { who });
}

/** For one user: which layout applies per card (both lead types together), and their personal layout against the common one. */
export function WhoSeesDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocument();
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
  const { card } = env.docKey;
  const cards = cardFamily(card);
  const catalog = useContext(CardCatalogContext);
  const personal = useQuery(layoutPairQuery(env.client, { scope: 'P', userId: user.id }, card));
  const common = useQuery(layoutPairQuery(env.client, { scope: 'C', userId: null }, card));
  const labelOf = useFamilyLabelOf();
  const failed = personal.error ?? common.error;
  const { rights, learn } = useRights();
  useEffect(() => {
    if (failed) learn(failed);
  }, [failed, learn]);
  /** Per card with a personal layout: its differences from the common one (or the default). */
  const diffs =
    personal.data && common.data
      ? cards.flatMap((c) => {
          const own = layoutOf(personal.data, c)?.layout;
          if (!own) return [];
          const before = layoutOf(common.data, c)?.layout ?? portalDefault(env, c, lang);
          const after = alignSections(before, own);
          return [{ c, changes: diffLayouts(before, after), kept: keptSettingsDiffer(before, after) }];
        })
      : [];
  const leadsOf = (c: CardType) =>
    c.entity === 'lead' ? t(`dialogs.leads.${c.leadType}`) : cardName(t, c, catalog);
  return (
    <ReadingDialog title={t('dialogs.who.title')} onClose={onClose}>
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
            {cards.map((c) => (
              <li key={cardTypeString(c)}>
                <strong>
                  {c.entity === 'lead'
                    ? t(c.leadType === 'simple' ? 'editor.tabs.simple' : 'editor.tabs.repeat')
                    : cardName(t, c, catalog)}
                  :{' '}
                </strong>
                {verdict(t, personal.data, common.data, c, user.name)}
                {layoutOf(personal.data, c)
                  ? null
                  : ` ${t(layoutOf(common.data, c) ? 'dialogs.who.startsFromCommon' : 'dialogs.who.startsFromDefault')}`}
              </li>
            ))}
          </ul>
          {diffs.length === 0 ? <p className="safety-empty">{t('dialogs.who.noPersonal')}</p> : null}
          {diffs.map(({ c, changes, kept }) => (
            <section key={cardTypeString(c)} aria-label={t('dialogs.who.againstList', { leads: leadsOf(c) })}>
              <h3 className="safety-h">{t('dialogs.who.against', { leads: leadsOf(c) })}</h3>
              <KeptSettingsNoteText note={kept} />
              <ChangeList
                changes={changes}
                labelOf={labelOf}
                empty={t('dialogs.who.same')}
                label={t('dialogs.who.againstList', { leads: leadsOf(c) })}
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
    </ReadingDialog>
  );
}
