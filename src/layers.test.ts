import { describe, expect, it } from 'vitest';

/**
 * The import fence of every layer, the app's and the emulator's, with its rules in one table
 * (STYLE.md 1, 12). oxlint cannot scope `no-restricted-imports` to a folder here, so this test is
 * the fence: it reads every non-test source of the app (`src`), the emulator and the server, and
 * checks each import against the layer of the importing file.
 *
 * A layer may import itself and the layers it lists; a feature may import only itself of the
 * features (features meet in `app`). Test helpers (`src/testing`, the fixtures kept beside a
 * feature's tests, `emulator/test`) are the files no entry reaches (`src/main.tsx`,
 * `emulator/main.ts`, `server/start.ts`): no rule binds them, and nothing those entries reach may
 * import them. The schemas of the portal's answers (`src/api/schemas`) are a layer of their own:
 * the client parses with them and the emulator's contract tests hold its answers to them.
 */
type Layer =
  | 'domain'
  | 'schemas'
  | 'i18n'
  | 'api'
  | 'store'
  | 'ui'
  | 'features'
  | 'app'
  | 'testing'
  | 'root'
  | 'emulatorCore'
  | 'emulatorSeed'
  | 'emulator'
  | 'server';

interface Rule {
  readonly layers: readonly Layer[];
  /** Packages the layer may not import. */
  readonly packages: readonly RegExp[];
}

const REACT = /^react[\w-]*($|\/)/;
const ZUSTAND = /^zustand($|\/)/;
const DND = /^@dnd-kit\//;
const TANSTACK = /^@tanstack\//;
const BROWSER = [REACT, ZUSTAND, DND, TANSTACK];
/** The emulator's core is pure: no network, files or processes; hashing and random tokens only. */
const NODE_BUT_CRYPTO = /^node:(?!crypto$)/;
const NODE = /^node:/;
const APP: readonly Layer[] = ['domain', 'schemas', 'api', 'i18n', 'store', 'ui', 'features', 'app'];

export const RULES: Readonly<Record<Layer, Rule>> = {
  domain: { layers: [], packages: BROWSER },
  schemas: { layers: ['domain'], packages: BROWSER },
  i18n: { layers: ['domain'], packages: [DND, TANSTACK] },
  api: { layers: ['domain', 'schemas'], packages: [REACT, ZUSTAND, DND] },
  store: { layers: ['domain', 'schemas', 'api', 'i18n'], packages: [DND, TANSTACK] },
  ui: { layers: ['domain', 'schemas', 'api', 'i18n', 'store'], packages: [DND] },
  features: { layers: ['domain', 'schemas', 'api', 'i18n', 'store', 'ui'], packages: [] },
  app: { layers: ['domain', 'schemas', 'api', 'i18n', 'store', 'ui', 'features'], packages: [] },
  testing: { layers: APP, packages: [] },
  root: { layers: APP, packages: [] },
  emulatorCore: { layers: ['domain', 'schemas'], packages: [...BROWSER, NODE_BUT_CRYPTO] },
  emulatorSeed: { layers: ['emulatorCore', 'domain', 'schemas'], packages: [...BROWSER, NODE] },
  emulator: { layers: ['emulatorCore', 'emulatorSeed', 'domain', 'schemas'], packages: BROWSER },
  server: { layers: ['emulator'], packages: BROWSER },
};

const globbed = import.meta.glob<string>(
  [
    './**/*.{ts,tsx}',
    '!./**/*.test.{ts,tsx}',
    '../emulator/**/*.ts',
    '!../emulator/**/*.test.ts',
    '!../emulator/test/**',
    '../server/**/*.ts',
    '!../server/**/*.test.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** Every source by its path from the project's root: `src/app/App.tsx`, `emulator/core/handle.ts`. */
const sources: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(globbed).map(([file, text]) => [file.replace(/^\.\//, 'src/').replace(/^\.\.\//, ''), text]),
);

/** Every module specifier in `source`: static imports and re-exports, dynamic `import()`, `require()`. */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1] ?? ''));
}

/** `spec`, written in `file` (from the root, `src/a/b.ts`), as a path from the root. */
function resolve(file: string, spec: string): string[] {
  const parts = file.split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts;
}

/** The source file a relative `spec` in `file` names, if it is one of `sources`. */
function target(file: string, spec: string): string | undefined {
  const base = resolve(file, spec).join('/');
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => f in sources);
}

const ENTRIES = ['src/main.tsx', 'emulator/main.ts', 'server/start.ts'];

/** The files the app, the emulator and the server reach from their entries, statically and dynamically. */
function reachedFromEntries(): Set<string> {
  const seen = new Set<string>();
  const todo = [...ENTRIES];
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

const SRC_LAYERS: ReadonlySet<string> = new Set(['domain', 'i18n', 'api', 'store', 'ui', 'app', 'testing']);

/** The layer a path (from the root) belongs to, and for features the feature's name. */
function placeOf(parts: readonly string[]): { layer: Layer; feature?: string } {
  const [top, second, third] = parts;
  if (top === 'emulator') {
    if (second === 'core' && third !== undefined) return { layer: 'emulatorCore' };
    if (second === 'seed' && third !== undefined) return { layer: 'emulatorSeed' };
    return { layer: 'emulator' };
  }
  if (top === 'server') return { layer: 'server' };
  if (parts.length < 3) return { layer: 'root' };
  if (second === 'features') return { layer: 'features', feature: third ?? '' };
  if (second === 'api' && third === 'schemas') return { layer: 'schemas' };
  return second && SRC_LAYERS.has(second) ? { layer: second as Layer } : { layer: 'root' };
}

/** The forbidden imports of one source file (its path from the root), as `file -> specifier`. */
export function violations(file: string, source: string): string[] {
  const from = placeOf(file.split('/'));
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
  const reached = reachedFromEntries();
  const product = Object.entries(sources).filter(([file]) => reached.has(file));

  it('reads the sources of every layer the entries reach, and no test or test helper', () => {
    const layers = new Set(product.map(([file]) => placeOf(file.split('/')).layer));
    expect([...layers].sort()).toEqual(
      Object.keys(RULES)
        .filter((l) => l !== 'testing')
        .sort(),
    );
    const files = product.map(([file]) => file);
    expect(files).toEqual(expect.arrayContaining([...ENTRIES, 'src/features/editor/palette/Palette.tsx']));
    expect(files).toEqual(expect.arrayContaining(['emulator/core/handle.ts', 'emulator/seed/index.ts']));
    expect(
      files.filter((f) => /\.test\.tsx?$/.test(f) || /^(src\/testing|emulator\/test)\//.test(f)),
    ).toEqual([]);
  });

  it('nothing the entries reach imports a layer or package its layer may not', () => {
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
    expect(violations('src/domain/operations/x.ts', domain)).toHaveLength(8);
    expect(violations('src/features/editor/x.tsx', "import { A } from '../preview/A';")).toEqual([
      'src/features/editor/x.tsx -> ../preview/A',
    ]);
    expect(
      violations('src/api/x.ts', "import { useStore } from 'zustand';\nimport '../store/s';"),
    ).toHaveLength(2);
    expect(violations('src/ui/x.tsx', "import { E } from '../features/editor/E';")).toHaveLength(1);
    expect(violations('src/store/x.ts', "import { App } from '../app/App';")).toHaveLength(1);
    expect(violations('src/features/editor/x.ts', "import { h } from '../../testing/h';")).toHaveLength(1);
    expect(violations('src/app/x.ts', "import { handle } from '../../emulator/core/handle';")).toHaveLength(
      1,
    );
    expect(violations('src/api/schemas/x.ts', "import { callCommand } from '../transport';")).toHaveLength(1);
    const core = [
      "import { createServer } from 'node:http';",
      "import { readFileSync } from 'node:fs';",
      "import { openDb } from '../db';",
      "import { SEED } from '../seed/index';",
      "import { callCommand } from '../../src/api/transport';",
      "import { useEditor } from '../../src/features/editor/document/documentContext';",
      "import { portalFor } from '../test/harness';",
    ].join('\n');
    expect(violations('emulator/core/x.ts', core)).toHaveLength(7);
    expect(violations('emulator/seed/x.ts', "import { readFile } from 'node:fs/promises';")).toHaveLength(1);
    expect(violations('emulator/http.ts', "import { history } from '../src/store/history';")).toHaveLength(1);
    expect(violations('server/start.ts', "import { handle } from '../emulator/core/handle';")).toHaveLength(
      1,
    );
  });

  it('lets each layer import what its rule lists', () => {
    expect(violations('src/domain/x.ts', "import { z } from 'zod';\nimport b from '../domain/y';")).toEqual(
      [],
    );
    expect(violations('src/api/methods/x.ts', "import { Layout } from '../../domain/types';")).toEqual([]);
    expect(
      violations(
        'src/features/editor/dnd/x.ts',
        "import { A } from '../canvas/Canvas';\nimport '../../../ui/Button';",
      ),
    ).toEqual([]);
    expect(violations('src/app/x.tsx', "import { P } from '../features/preview/PreviewPanel';")).toEqual([]);
    expect(
      violations(
        'emulator/core/x.ts',
        [
          "import { randomBytes } from 'node:crypto';",
          "import { checkLayoutData } from '../../src/domain/validate';",
          "import { LayoutSchema } from '../../src/api/schemas/layout';",
          "import type { Db } from './types';",
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      violations(
        'emulator/http.ts',
        "import { createServer } from 'node:http';\nimport { handle } from './core/handle';",
      ),
    ).toEqual([]);
    expect(violations('server/start.ts', "import { startEmulator } from '../emulator/http';")).toEqual([]);
  });
});
