import type { DocumentKey } from '../store/documentKey';
import { aLayout, anElement } from './builders';

/** The portal, documents and layouts the draft tests keep: a saved layout and an edit of it. */
export const PORTAL = 'acme.bitrix24.com';
export const common: DocumentKey = { scope: 'C', userId: null, card: { entity: 'lead', leadType: 'simple' } };
export const personal: DocumentKey = { scope: 'P', userId: 7, card: { entity: 'lead', leadType: 'repeat' } };

export const saved = () =>
  aLayout()
    .section('main', ['TITLE', 'PHONE'], { title: 'About the lead' })
    .section('additional', ['COMMENTS'], { title: 'More' })
    .build();
export const edited = () =>
  aLayout()
    .section('main', ['TITLE'], { title: 'About the lead' })
    .section('additional', [anElement('PHONE').alwaysShown().withExtra({ title: 'Mobile' }), 'COMMENTS'], {
      title: 'More',
    })
    .build();
