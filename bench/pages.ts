/**
 * The HTML of every page the benchmark compares, written once: the vite configs of the naive
 * reference and of the peer pages build each app from `page()` instead of an index.html file of
 * its own, so the pages differ only in their title (and the naive reference's inline look). For
 * builds only: Vite's dev server reads index.html from disk, and the pages need the emulator's
 * REST, which only the bench's portal serves beside them.
 */
import type { Plugin } from 'vite';

/** A page that mounts `./main.tsx` into `#root`; `style` goes inline into its head. */
export function page(title: string, style?: string): string {
  const head = style === undefined ? '' : `\n    <style>\n${style}    </style>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${title}</title>${head}
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;
}

/** Hands Vite each page of `pages` (its index.html path → its HTML) as if it were that file. */
export function pages(html: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'bench-pages',
    enforce: 'pre',
    resolveId: (id) => (id in html ? id : null),
    load: (id) => html[id] ?? null,
  };
}
