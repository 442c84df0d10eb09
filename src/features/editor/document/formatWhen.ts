import type { Lang } from '../../../i18n/types';

const formats = new Map<string, Intl.DateTimeFormat>();
const formatIn = (lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formats.set(key, format);
  }
  return format;
};

/**
 * Time of day in the interface language, with the date when it is not today: "02:03 PM",
 * "May 12, 2025, 02:03 PM"; in Russian "14:03", "12 мая 2025 г., 14:03" (seconds on request).
 */
export function formatWhen(iso: string, lang: Lang, { now = new Date(), seconds = false } = {}): string {
  const at = new Date(iso);
  const time = formatIn(lang, {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  }).format(at);
  if (at.toDateString() === now.toDateString()) return time;
  const day = formatIn(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
  return `${day}, ${time}`;
}
