import { describe, expect, it } from 'vitest';

/**
 * The import fence of every layer, with its rules in one table (STYLE.md 1, 12). oxlint cannot
 * scope `no-restricted-imports` to a folder here, so this test is the fence: it reads every
 * non-test source under src and checks each import against the layer of the importing file.
 *
 * A layer may import itself and the layers it lists; a feature may import only itself of the
 * features (features meet in `app`). Test helpers (`testing`, and the fixtures kept beside a
 * feature's tests) are the files the app never reaches from `main.tsx`: no rule binds them, and
 * no part of the app may import them.
 */
type Layer = 'domain' | 'i18n' | 'api' | 'store' | 'ui' | 'features' | 'app' | 'testing' | 'root';

interface Rule {
  readonly layers: readonly Layer[];
  readonly packages: readonly RegExp[];
}

const REACT = /^react[\w-]*($|\/)/;
const ZUSTAND = /^zustand($|\/)/;
const DND = /^@dnd-kit\//;
const TANSTACK = /^@tanstack\//;

export const RULES: Readonly<Record<Layer, Rule>> = {
  domain: { layers: [], packages: [REACT, ZUSTAND, DND, TANSTACK] },
  i18n: { layers: ['domain'], packages: [DND, TANSTACK] },
  api: { layers: ['domain'], packages: [REACT, ZUSTAND, DND] },
  store: { layers: ['domain', 'api', 'i18n'], packages: [DND, TANSTACK] },
  ui: { layers: ['domain', 'api', 'i18n', 'store'], packages: [DND] },
  features: { layers: ['domain', 'api', 'i18n', 'store', 'ui'], packages: [] },
  app: { layers: ['domain', 'api', 'i18n', 'store', 'ui', 'features'], packages: [] },
  testing: { layers: ['domain', 'api', 'i18n', 'store', 'ui', 'features', 'app'], packages: [] },
  root: { layers: ['domain', 'api', 'i18n', 'store', 'ui', 'features', 'app'], packages: [] },
};

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every module specifier in `source`: static imports and re-exports, dynamic `import()`, `require()`. */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1] ?? ''));
}

/** `spec`, written in `file` (relative to src, `./a/b.ts`), as a path relative to src. */
function resolve(file: string, spec: string): string[] {
  const parts = file.replace(/^\.\//, '').split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts;
}

/** The source file a relative `spec` in `file` names, if it is one of `sources`. */
function target(file: string, spec: string): string | undefined {
  const base = `./${resolve(file, spec).join('/')}`;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => f in sources);
}

/** The files the app reaches from its entry, through static and dynamic imports. */
function reachedFromMain(): Set<string> {
  const seen = new Set<string>();
  const todo = ['./main.tsx'];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(sources[file] ?? '')) {
      const next = spec.startsWith('.') ? target(file, spec) : undefined;
      if (next) todo.push(next);
    }
  }
  return seen;
}

/** The layer a path (relative to src) belongs to, and for features the feature's name. */
function placeOf(parts: readonly string[]): { layer: Layer; feature?: string } {
  const [top, second] = parts;
  if (parts.length < 2) return { layer: 'root' };
  if (top === 'features') return { layer: 'features', feature: second ?? '' };
  return top && top in RULES ? { layer: top as Layer } : { layer: 'root' };
}

/** The forbidden imports of one source file, as `file -> specifier`. */
export function violations(file: string, source: string): string[] {
  const from = placeOf(file.replace(/^\.\//, '').split('/'));
  const rule = RULES[from.layer];
  return specifiers(source)
    .filter((spec) => {
      if (!spec.startsWith('.')) return rule.packages.some((re) => re.test(spec));
      const to = placeOf(resolve(file, spec));
      if (to.layer === from.layer) return to.layer === 'features' && to.feature !== from.feature;
      return !rule.layers.includes(to.layer);
    })
    .map((spec) => `${file} -> ${spec}`);
}

describe('the import fence of every layer', () => {
  const app = reachedFromMain();
  const product = Object.entries(sources).filter(([file]) => app.has(file));

  it('reads the sources of every layer', () => {
    const files = product.map(([file]) => file);
    for (const dir of ['domain', 'i18n', 'api', 'store', 'ui', 'features', 'app'])
      expect(files.some((f) => f.startsWith(`./${dir}/`))).toBe(true);
    expect(files).toContain('./main.tsx');
    expect(files).toContain('./features/editor/palette/Palette.tsx');
    expect(files.some((f) => /\.test\.tsx?$/.test(f) || f.startsWith('./testing/'))).toBe(false);
  });

  it('no part of the app imports a layer or package its layer may not', () => {
    expect(product.flatMap(([file, source]) => violations(file, source))).toEqual([]);
  });

  it('catches a deliberate violation of each kind', () => {
    const domain = [
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import type { StoreApi } from 'zustand/vanilla';",
      "export { useDraggable } from '@dnd-kit/core';",
      "import {\n  queryOptions,\n} from '@tanstack/react-query';",
      "import type { FieldInfo } from '../../api/schemas/fields';",
      "const m = await import('../../store/editorStore');",
      "import '../../features/editor/palette/Palette';",
    ].join('\n');
    expect(violations('./domain/operations/x.ts', domain)).toHaveLength(8);
    expect(violations('./features/editor/x.tsx', "import { A } from '../preview/A';")).toEqual([
      './features/editor/x.tsx -> ../preview/A',
    ]);
    expect(
      violations('./api/x.ts', "import { useStore } from 'zustand';\nimport '../store/s';"),
    ).toHaveLength(2);
    expect(violations('./ui/x.tsx', "import { E } from '../features/editor/E';")).toHaveLength(1);
    expect(violations('./store/x.ts', "import { App } from '../app/App';")).toHaveLength(1);
    expect(violations('./features/editor/x.ts', "import { h } from '../../testing/h';")).toHaveLength(1);
  });

  it('lets each layer import what its rule lists', () => {
    expect(violations('./domain/x.ts', "import { z } from 'zod';\nimport b from '../domain/y';")).toEqual([]);
    expect(violations('./api/methods/x.ts', "import { Layout } from '../../domain/types';")).toEqual([]);
    expect(
      violations(
        './features/editor/dnd/x.ts',
        "import { A } from '../canvas/Canvas';\nimport '../../../ui/Button';",
      ),
    ).toEqual([]);
    expect(violations('./app/x.tsx', "import { P } from '../features/preview/PreviewPanel';")).toEqual([]);
  });
});
