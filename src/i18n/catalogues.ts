import type { MessageKey } from './messages/en';
import type { Lang, Message } from './types';

export type Catalogue = Readonly<Record<MessageKey, Message>>;

// One language per visit: each catalogue is its own chunk, fetched before the first render
// (main.tsx) for the language asked for, and the other only if the user switches to it.
const loaders: Readonly<Record<Lang, () => Promise<Catalogue>>> = {
  en: () => import('./messages/en').then((m) => m.en),
  ru: () => import('./messages/ru').then((m) => m.ru),
};

const loaded: Partial<Record<Lang, Catalogue>> = {};
const pending: Partial<Record<Lang, Promise<Catalogue>>> = {};

export function loadedCatalogue(lang: Lang): Catalogue | undefined {
  return loaded[lang];
}

export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  let p = pending[lang];
  if (!p) {
    p = loaders[lang]().then(
      (c) => {
        loaded[lang] = c;
        return c;
      },
      (e: unknown) => {
        delete pending[lang]; // a failed fetch (offline for a moment) is tried again next time
        throw e;
      },
    );
    pending[lang] = p;
  }
  return p;
}

/** The catalogue of `lang`, else whichever one is loaded: a text in the other language beats none. */
export function catalogueFor(lang: Lang): Catalogue {
  const c = loaded[lang] ?? loaded.en ?? loaded.ru;
  if (!c) throw new Error('no interface catalogue loaded: call loadCatalogue before the first render');
  return c;
}
