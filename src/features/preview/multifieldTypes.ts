import { MULTIFIELD_CODES, type MultifieldCode } from '../../api/schemas/lead';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';

/** A row type's caption: a message, or a brand name that every language writes the same. */
export type ValueTypeCaption = MessageKey | { readonly brand: string };

/**
 * `VALUE_TYPE`s per multifield and their captions on the card (BITRIX24-API.md 3.3; captions of
 * CCrmFieldMulti). The first one is what a new row starts with, as on the portal.
 */
export const MULTIFIELD_VALUE_TYPES: Readonly<
  Record<MultifieldCode, readonly (readonly [string, ValueTypeCaption])[]>
> = {
  PHONE: [
    ['WORK', 'preview.valueType.work'],
    ['MOBILE', 'preview.valueType.mobile'],
    ['FAX', 'preview.valueType.fax'],
    ['HOME', 'preview.valueType.home'],
    ['PAGER', 'preview.valueType.pager'],
    ['MAILING', 'preview.valueType.mailing'],
    ['OTHER', 'preview.valueType.other'],
  ],
  EMAIL: [
    ['WORK', 'preview.valueType.work'],
    ['HOME', 'preview.valueType.emailHome'],
    ['MAILING', 'preview.valueType.mailing'],
    ['OTHER', 'preview.valueType.other'],
  ],
  WEB: [
    ['WORK', 'preview.valueType.webWork'],
    ['HOME', 'preview.valueType.webHome'],
    ['FACEBOOK', { brand: 'Facebook' }],
    ['VK', 'preview.valueType.vk'],
    ['LIVEJOURNAL', { brand: 'LiveJournal' }],
    ['TWITTER', { brand: 'Twitter' }],
    ['INSTAGRAM', { brand: 'Instagram' }],
    ['OTHER', 'preview.valueType.other'],
  ],
  IM: [
    ['TELEGRAM', { brand: 'Telegram' }],
    ['VK', 'preview.valueType.vk'],
    ['SKYPE', { brand: 'Skype' }],
    ['VIBER', { brand: 'Viber' }],
    ['BITRIX24', 'preview.valueType.bitrix24'],
    ['OPENLINE', 'preview.valueType.openChannel'],
    ['IMOL', 'preview.valueType.openChannel'],
    ['ICQ', { brand: 'ICQ' }],
    ['MSN', { brand: 'MSN/Live!' }],
    ['JABBER', { brand: 'Jabber' }],
    ['FACEBOOK', { brand: 'Facebook' }],
    ['OTHER', 'preview.valueType.other'],
  ],
  LINK: [['USER', 'preview.valueType.user']],
};

export const isMultifieldCode = (code: string): code is MultifieldCode =>
  (MULTIFIELD_CODES as readonly string[]).includes(code);

export const captionText = (caption: ValueTypeCaption, t: Translate): string =>
  typeof caption === 'string' ? t(caption) : caption.brand;

/** The caption of a row's type (`MOBILE` -> "Mobile"); an unknown type shows as sent. */
export function valueTypeLabel(
  code: MultifieldCode,
  valueType: string,
  t: Translate = translate(langStore.getState().lang),
): string {
  const caption = MULTIFIELD_VALUE_TYPES[code].find(([id]) => id === valueType)?.[1];
  return caption ? captionText(caption, t) : valueType;
}

export const defaultValueType = (code: MultifieldCode): string =>
  MULTIFIELD_VALUE_TYPES[code][0]?.[0] ?? 'OTHER';
