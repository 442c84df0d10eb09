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

// building an Intl formatter costs far more than using one: one per language, made once
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const numberFormatFor = (lang: Lang) => {
  let nf = numberFormats.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(lang);
    numberFormats.set(lang, nf);
  }
  return nf;
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
    return typeof value === 'number' ? numberFormatFor(lang).format(value) : value;
  });
}
