import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { cardFieldsFor } from '../../domain/cardFields';
import { diffLayouts } from '../../domain/diff';
import type { LeadType } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { portalErrorText } from '../../ui/portalErrorText';
import { alignSections } from './alignSections';
import { ChangeList } from './ChangeList';
import { labelFrom, useDocumentEnv } from './documentEnv';
import { layoutPairQuery, type LayoutPair } from './editorData';
import { userName } from './ScopePicker';
import { portalDefault } from './useOtherLayout';
import { UserPicker } from './UserPicker';
import './safety.css';

const LEAD_TYPES: readonly LeadType[] = ['simple', 'repeat'];

function verdict(personal: LayoutPair, common: LayoutPair, t: LeadType, who: string): string {
  if (personal[t]) {
    return `${who} has a personal layout. They see it while their card is in personal view; in common view (the portal's default choice) they see the ${common[t] ? 'common layout' : 'portal default'}.`;
  }
  return common[t]
    ? `${who} has no personal layout: they see the common layout.`
    : `Neither a personal nor a common layout is stored: ${who} sees the portal's built-in default.`;
}

/** For one user: which layout applies per lead type, and their personal layout against the common one. */
export function WhoSeesDialog({ onClose }: { readonly onClose: () => void }) {
  const env = useDocumentEnv();
  const [user, setUser] = useState<{ id: number; name: string }>(() => {
    const id = env.docKey.scope === 'P' && env.docKey.userId !== null ? env.docKey.userId : env.me.id;
    const known = env.firstUsers.find((u) => Number(u.ID) === id);
    return { id, name: known ? userName(known) : id === env.me.id ? env.me.name : `User ${id}` };
  });
  const personal = useQuery(layoutPairQuery(env.client, { scope: 'P', userId: user.id }));
  const common = useQuery(layoutPairQuery(env.client, { scope: 'C', userId: null }));
  const labelOf = useMemo(() => labelFrom(cardFieldsFor('simple', env.fields)), [env.fields]);
  const failed = personal.error ?? common.error;
  /** Per lead type with a personal layout: its differences from the common one (or the default). */
  const diffs =
    personal.data && common.data
      ? LEAD_TYPES.flatMap((lt) => {
          const own = personal.data[lt]?.layout;
          if (!own) return [];
          const before = common.data[lt]?.layout ?? portalDefault(env, lt);
          return [{ lt, changes: diffLayouts(before, alignSections(before, own)) }];
        })
      : [];
  return (
    <Dialog
      open
      title="Who sees what"
      onClose={onClose}
      actions={
        <Button variant="light" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="safety-wide">
        <UserPicker userId={user.id} onChange={(id, u) => setUser({ id, name: userName(u) })} />
        {failed ? (
          <p className="banner banner-error" role="alert">
            {portalErrorText(failed)}
          </p>
        ) : null}
        {personal.data && common.data ? (
          <>
            <ul className="who-list" aria-label="Layouts that apply">
              {LEAD_TYPES.map((lt) => (
                <li key={lt}>
                  <strong>{lt === 'simple' ? 'Simple leads' : 'Repeat leads'}: </strong>
                  {verdict(personal.data, common.data, lt, user.name)}
                </li>
              ))}
            </ul>
            {diffs.length === 0 ? <p className="safety-empty">No personal layout to compare.</p> : null}
            {diffs.map(({ lt, changes }) => (
              <section key={lt} aria-label={`Personal against common, ${lt} leads`}>
                <h3 className="safety-h">Personal against common ({lt} leads)</h3>
                <ChangeList
                  changes={changes}
                  labelOf={labelOf}
                  empty="The personal layout is the same as the common one."
                  label={`Personal against common, ${lt} leads`}
                />
              </section>
            ))}
          </>
        ) : !failed ? (
          <p className="safety-note">Reading the layouts…</p>
        ) : null}
        <p className="safety-note who-limit">
          <strong>What REST cannot tell:</strong> whether this user's card is switched to personal view. That
          choice is a separate setting of the user on the portal, which no REST method reads or changes;
          saving a personal layout here does not switch it either.
        </p>
      </div>
    </Dialog>
  );
}
