import type { Lang, Message, Params } from './types';

const pluralRules = new Map<Lang, Intl.PluralRules>();
const rulesFor = (lang: Lang) => {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules;
};

/** Fills `{name}` slots; plural forms are chosen with Intl.PluralRules from `params.count`. */
export function format(lang: Lang, message: Message, params: Params = {}): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params['count'] ?? 0);
    const category = rulesFor(lang).select(count);
    template =
      (category === 'few' || category === 'many' ? message[category] : undefined) ??
      (category === 'one' ? message.one : message.other);
  }
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}
