import type { LayoutNotice } from '../../../api/methods/layoutMapping';
import type { Translate } from '../../../i18n/i18nStore';

/** A remark on a layout read from the portal or a file, in the interface language. */
export const noticeText = (t: Translate, n: LayoutNotice): string => t(`pieces.notice.${n.code}`, n.params);
