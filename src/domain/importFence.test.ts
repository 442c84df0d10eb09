import { describe, expect, it } from 'vitest';

/**
 * The domain is pure TypeScript (STYLE.md 1, 12): oxlint cannot scope `no-restricted-imports` to a
 * folder here, so this test is the fence. It reads every non-test source under src/domain.
 */
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const FORBIDDEN_PACKAGES = [/^react[\w-]*($|\/)/, /^zustand($|\/)/, /^@dnd-kit\//, /^@tanstack\//];
const FORBIDDEN_FOLDERS = ['src/api', 'src/store', 'src/features'];

/** Every module specifier in `source`: static imports and re-exports, dynamic `import()`, `require()`. */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1] ?? ''));
}

/** Resolves `spec` written in src/domain/`file` to a path from the project root (posix). */
function resolveFromDomain(file: string, spec: string): string {
  const parts = ['src', 'domain', ...file.replace(/^\.\//, '').split('/').slice(0, -1)];
  for (const part of spec.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The forbidden imports of one domain file, as `file -> specifier`. */
function violations(file: string, source: string): string[] {
  return specifiers(source)
    .filter((spec) =>
      spec.startsWith('.')
        ? FORBIDDEN_FOLDERS.some((dir) => `${resolveFromDomain(file, spec)}/`.startsWith(`${dir}/`))
        : FORBIDDEN_PACKAGES.some((re) => re.test(spec)),
    )
    .map((spec) => `${file} -> ${spec}`);
}

describe('src/domain import fence', () => {
  it('reads the domain sources', () => {
    expect(Object.keys(sources)).toContain('./intents.ts');
    expect(Object.keys(sources)).toContain('./operations/moveField.ts');
    expect(Object.keys(sources).some((f) => f.endsWith('.test.ts'))).toBe(false);
  });

  it('no domain source imports React, zustand, dnd-kit, TanStack, the api, the store or features', () => {
    expect(Object.entries(sources).flatMap(([file, source]) => violations(file, source))).toEqual([]);
  });

  it('catches a deliberate violation of each kind', () => {
    const bad = [
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import type { StoreApi } from 'zustand/vanilla';",
      "export { useDraggable } from '@dnd-kit/core';",
      "import {\n  queryOptions,\n} from '@tanstack/react-query';",
      "import type { FieldInfo } from '../../api/schemas/fields';",
      "const m = await import('../../store/editorStore');",
      "import '../../features/editor/Palette';",
    ].join('\n');
    expect(violations('./operations/x.ts', bad)).toHaveLength(8);
    expect(
      violations(
        './x.ts',
        "import { z } from 'zod';\nimport { a } from './api/local';\nimport b from '../domain/x';",
      ),
    ).toEqual([]);
    expect(violations('./x.ts', "import type { X } from '../api/schemas/fields';")).toEqual([
      './x.ts -> ../api/schemas/fields',
    ]);
  });
});
