import { MULTIFIELD_CODES, type MultifieldCode } from '../../api/schemas/lead';

/**
 * `VALUE_TYPE`s per multifield and their captions on the card (BITRIX24-API.md 3.3; captions of
 * CCrmFieldMulti, en). The first one is what a new row starts with, as on the portal.
 */
export const MULTIFIELD_VALUE_TYPES: Readonly<
  Record<MultifieldCode, readonly (readonly [string, string])[]>
> = {
  PHONE: [
    ['WORK', 'Work'],
    ['MOBILE', 'Mobile'],
    ['FAX', 'Fax'],
    ['HOME', 'Home'],
    ['PAGER', 'Pager'],
    ['MAILING', 'For newsletters'],
    ['OTHER', 'Other'],
  ],
  EMAIL: [
    ['WORK', 'Work'],
    ['HOME', 'Personal'],
    ['MAILING', 'For newsletters'],
    ['OTHER', 'Other'],
  ],
  WEB: [
    ['WORK', 'Corporate'],
    ['HOME', 'Personal'],
    ['FACEBOOK', 'Facebook'],
    ['VK', 'VK'],
    ['LIVEJOURNAL', 'LiveJournal'],
    ['TWITTER', 'Twitter'],
    ['INSTAGRAM', 'Instagram'],
    ['OTHER', 'Other'],
  ],
  IM: [
    ['TELEGRAM', 'Telegram'],
    ['VK', 'VK'],
    ['SKYPE', 'Skype'],
    ['VIBER', 'Viber'],
    ['BITRIX24', 'Bitrix24'],
    ['OPENLINE', 'Open Channel'],
    ['IMOL', 'Open Channel'],
    ['ICQ', 'ICQ'],
    ['MSN', 'MSN/Live!'],
    ['JABBER', 'Jabber'],
    ['FACEBOOK', 'Facebook'],
    ['OTHER', 'Other'],
  ],
  LINK: [['USER', 'User']],
};

export const isMultifieldCode = (code: string): code is MultifieldCode =>
  (MULTIFIELD_CODES as readonly string[]).includes(code);

/** The caption of a row's type (`MOBILE` -> "Mobile"); an unknown type shows as sent. */
export function valueTypeLabel(code: MultifieldCode, valueType: string): string {
  return MULTIFIELD_VALUE_TYPES[code].find(([id]) => id === valueType)?.[1] ?? valueType;
}

export const defaultValueType = (code: MultifieldCode): string =>
  MULTIFIELD_VALUE_TYPES[code][0]?.[0] ?? 'OTHER';
