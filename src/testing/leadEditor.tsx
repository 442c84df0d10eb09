import type { LoadedLayout } from '../api/methods/layoutMapping';
import { fakeFetch, ok, testClient, type FakeReply } from '../api/testing/fakeFetch';
import { cardFieldsOf } from '../domain/cards';
import type { Layout } from '../domain/types';
import type { Lang } from '../i18n/types';
import type { DocumentKey } from '../store/documentKey';
import { aField, aLayout, anElement, aPortalFields } from './builders';
import { renderDocumentEditor } from './renderDocument';

export const FIELDS = aPortalFields({
  UF_CRM_BUDGET: aField('UF_CRM_BUDGET').labelled('Budget').required(),
});
export const COMMON: DocumentKey = {
  scope: 'C',
  userId: null,
  card: { entity: 'lead', leadType: 'simple' },
};
export const STORAGE = 'test~user1';

// Section titles and user-field labels are the portal's data: they stay as stored in any language.
export const LAYOUT = aLayout()
  .section(
    'main',
    [
      anElement('TITLE').alwaysShown(),
      anElement('PHONE').withExtra({ title: 'Mobile' }),
      'EMAIL',
      'UF_CRM_BUDGET',
    ],
    // settings saying it may go, so that it can be deleted
    { title: 'Main', extra: { data: { isRemovable: true } } },
  )
  .section('extra', [], { title: 'Extra' })
  .build();

/** The editor of a lead layout, its saves answered by `reply`. */
export function renderLeadEditor(
  lang: Lang,
  {
    layout = LAYOUT,
    docKey = COMMON,
    loaded = { layout, notices: [] },
    reply = ok(true),
  }: { layout?: Layout; docKey?: DocumentKey; loaded?: LoadedLayout | null; reply?: FakeReply } = {},
): void {
  renderDocumentEditor({
    session: {
      client: testClient(fakeFetch(() => reply)).client,
      me: { id: 1, name: 'Demo Admin' },
      storageId: STORAGE,
      appContext: false,
      firstUsers: [],
      openDocument: () => undefined,
    },
    docKey,
    loaded,
    common: null,
    cardFields: cardFieldsOf(docKey.card, FIELDS, lang),
    userLabel: undefined,
    fields: FIELDS,
    renderPreview: undefined,
  });
}
