import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PortalClient } from '../../api/transport';
import { cardTypeString } from '../../domain/cardType';
import { cardFieldsQuery } from '../../api/methods/fields';
import { useLang, useT } from '../../i18n/i18nStore';
import { createDocumentRegistry, DocumentRegistryContext } from '../../store/documents';
import type { DocumentKey } from '../../store/documentKey';
import { rightsOf, useRefused } from '../../store/rights';
import { portalErrorText } from '../../ui/portalErrorText';
import { Button } from '../../ui/Button';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { FirstRunTips } from './help/FirstRunTips';
import { DocumentEditor, type PreviewSlotProps } from './DocumentEditor';
import { CardPicker } from './toolbar/CardPicker';
import { cardFieldsOf } from '../../domain/cards';
import { CardCatalogContext } from './document/cardWords';
import { editorOpeningQuery } from './document/editorData';
import { layoutOf, layoutPairQuery, pairKeyString } from './document/storedLayouts';
import { EditorSkeleton, StoppedWaiting } from './EditorSkeleton';
import { LeadTypeTabs } from './toolbar/LeadTypeTabs';
import type { EditorSession } from './document/documentContext';
import { RightsContext, rightsEnv } from './document/rightsContext';
import { ScopePicker } from './toolbar/ScopePicker';
import { userName } from './users/userName';
import { useCardCatalog } from './toolbar/useCardCatalog';
import { useEditorLocation } from './document/useEditorLocation';

/** Loads what the editor needs in one request, then composes tabs, scope and the open document. */
export interface EditorScreenProps {
  readonly client: PortalClient;
  /** The app composes the preview feature in here. */
  readonly renderPreview?: (p: PreviewSlotProps) => ReactNode;
}

export function EditorScreen({ client, renderPreview }: EditorScreenProps) {
  const queryClient = useQueryClient();
  const [location, setLocation] = useEditorLocation();
  const [chosenAtOpen] = useState(() =>
    location.scope
      ? { scope: location.scope, userId: location.scope === 'P' ? location.userId : null }
      : null,
  );
  const [cardAtOpen] = useState(location.card);
  const { card } = location;
  const openingQuery = editorOpeningQuery(client, queryClient, chosenAtOpen, cardAtOpen);
  const opening = useQuery(openingQuery);
  const [registry] = useState(createDocumentRegistry);
  const profile = opening.data?.profile;
  // a user who cannot change common settings starts on their own personal layout
  const scope = location.scope ?? (profile && !profile.ADMIN ? 'P' : 'C');
  const selfId = profile ? Number(profile.ID) : null;
  // a link to another user's layout the portal refuses opens the user's own, said at the picker
  const refusedAtOpen =
    scope === 'P' && location.userId !== null
      ? opening.data?.refused.get(pairKeyString({ scope, userId: location.userId }))
      : undefined;
  const userId = scope === 'P' ? ((refusedAtOpen ? null : location.userId) ?? selfId) : null;
  const scopeKey = { scope, userId };
  const pairQuery = layoutPairQuery(client, scopeKey, card);
  const pair = useQuery({ ...pairQuery, enabled: opening.isSuccess });
  // a user with no personal layout sees the common one: their personal layout starts from it
  const commonQuery = layoutPairQuery(client, { scope: 'C', userId: null }, card);
  const needCommon = scope === 'P' && pair.data !== undefined && layoutOf(pair.data, card) === null;
  const common = useQuery({ ...commonQuery, enabled: needCommon });
  // the entity's field list: the opening brought the first card's, another entity's loads on choosing it
  const fieldsQuery = cardFieldsQuery(client, card);
  const entityFields = useQuery({ ...fieldsQuery, enabled: opening.isSuccess });
  const catalog = useCardCatalog(client, opening.isSuccess, card);
  // a cancelled first load leaves the query pending and idle: that is "stopped waiting"
  const stop = (queryKey: readonly unknown[]) => () => void queryClient.cancelQueries({ queryKey });
  const fields = entityFields.data;
  const lang = useLang();
  const t = useT();
  const cardFields = useMemo(() => (fields ? cardFieldsOf(card, fields, lang) : []), [fields, card, lang]);
  const me = useMemo(() => (profile ? { id: Number(profile.ID), name: userName(profile) } : null), [profile]);
  // drafts and history in this browser: per connection and signed-in user (an app token's id has no user)
  const storageId = profile ? `${client.id}~user${profile.ID}` : '';
  // what the user may do: known from the profile for a portal admin, else learned from a refusal
  const refused = useRefused(storageId);
  const rights = useMemo(
    () => rightsEnv(rightsOf(profile?.ADMIN === true, refused), storageId),
    [profile, refused, storageId],
  );
  useEffect(() => {
    if (pair.error) rights.learn(pair.error);
    if (entityFields.error) rights.learn(entityFields.error);
    if (refusedAtOpen) rights.learn(refusedAtOpen);
  }, [pair.error, entityFields.error, refusedAtOpen, rights]);
  const refusedUser = refusedAtOpen
    ? opening.data?.users.find((u) => Number(u.ID) === location.userId)
    : undefined;
  const openRefusal = refusedAtOpen
    ? t('rights.picker.refused', {
        who: refusedUser
          ? userName(refusedUser)
          : t('pieces.user.numberedInline', { id: String(location.userId) }),
      })
    : null;
  const openDocument = useCallback(
    (k: DocumentKey) => setLocation({ scope: k.scope, userId: k.userId, card: k.card }),
    [setLocation],
  );
  const docKey = useMemo(() => ({ scope, userId, card }), [scope, userId, card]);
  // the same for every document the screen opens: one object, so the document context stays put
  const appContext = opening.data?.appContext === true;
  const firstUsers = opening.data?.users;
  const session: EditorSession | null = useMemo(
    () => (me && firstUsers ? { client, me, storageId, appContext, firstUsers, openDocument } : null),
    [client, me, storageId, appContext, firstUsers, openDocument],
  );

  if (opening.isPending) {
    return opening.fetchStatus === 'idle' ? (
      <StoppedWaiting onRetry={() => void opening.refetch()} />
    ) : (
      <EditorSkeleton onStop={stop(openingQuery.queryKey)} />
    );
  }
  if (opening.isError) {
    return (
      <div className="error-panel" role="alert">
        <h2>{t('editor.loadFailed')}</h2>
        <p>{portalErrorText(opening.error)}</p>
        <Button variant="secondary" onClick={() => void opening.refetch()}>
          {t('editor.retry')}
        </Button>
      </div>
    );
  }
  const { users } = opening.data;
  return (
    <RightsContext.Provider value={rights}>
      <DocumentRegistryContext.Provider value={registry}>
        <CardCatalogContext.Provider value={catalog.catalog}>
          <div className="toolbar">
            <CardPicker catalog={catalog} current={docKey} onChange={(c) => setLocation({ card: c })} />
            {card.entity === 'lead' ? (
              <LeadTypeTabs
                current={docKey}
                onChange={(leadType) => setLocation({ card: { entity: 'lead', leadType } })}
              />
            ) : null}
            <ScopePicker
              client={client}
              current={docKey}
              firstUsers={users}
              selfId={Number(opening.data.profile.ID)}
              refusal={openRefusal}
              onChange={(s, u) => setLocation({ scope: s, userId: u })}
            />
          </div>
          <FirstRunTips />
          {entityFields.isPending && entityFields.fetchStatus !== 'idle' ? (
            <EditorSkeleton onStop={stop(fieldsQuery.queryKey)} />
          ) : null}
          {entityFields.isError ? (
            <div className="banner banner-error" role="alert">
              <span>{portalErrorText(entityFields.error)}</span>
              <Button variant="light" onClick={() => void entityFields.refetch()}>
                {t('editor.retry')}
              </Button>
            </div>
          ) : null}
          {pair.isPending && pair.fetchStatus === 'idle' ? (
            <StoppedWaiting onRetry={() => void pair.refetch()} />
          ) : null}
          {pair.isPending && pair.fetchStatus !== 'idle' ? (
            <EditorSkeleton onStop={stop(pairQuery.queryKey)} />
          ) : null}
          {pair.isError ? (
            <div className="banner banner-error" role="alert">
              <span>{portalErrorText(pair.error)}</span>
              <Button variant="light" onClick={() => void pair.refetch()}>
                {t('editor.retry')}
              </Button>
            </div>
          ) : null}
          {needCommon && common.isPending ? <EditorSkeleton onStop={stop(commonQuery.queryKey)} /> : null}
          {needCommon && common.isError ? (
            <div className="banner banner-error" role="alert">
              <span>{portalErrorText(common.error)}</span>
              <Button variant="light" onClick={() => void common.refetch()}>
                {t('editor.retry')}
              </Button>
            </div>
          ) : null}
          {pair.data && session && fields && (!needCommon || common.data) ? (
            // keyed like the document: another layout starts without the failure of the last one
            <ErrorBoundary
              key={`${pairKeyString(scopeKey)}:${cardTypeString(card)}`}
              what={t('boundary.region.editor')}
            >
              <DocumentEditor
                session={session}
                docKey={docKey}
                loaded={layoutOf(pair.data, card)}
                common={scope === 'P' && common.data ? layoutOf(common.data, card) : null}
                cardFields={cardFields}
                userLabel={users.find((u) => Number(u.ID) === userId)}
                fields={fields}
                renderPreview={renderPreview}
              />
            </ErrorBoundary>
          ) : null}
        </CardCatalogContext.Provider>
      </DocumentRegistryContext.Provider>
    </RightsContext.Provider>
  );
}
