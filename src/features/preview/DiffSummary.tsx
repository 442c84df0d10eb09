import type { LayoutDifference } from './compareLayouts';
import { usePreviewEnv } from './previewEnv';

function describe(d: LayoutDifference, label: (code: string) => string): string {
  switch (d.kind) {
    case 'added':
      return `${label(d.field)} added to "${d.section}"`;
    case 'removed':
      return `${label(d.field)} removed from "${d.section}"`;
    case 'moved':
      return d.from === d.to
        ? `${label(d.field)} moved within "${d.to}"`
        : `${label(d.field)} moved from "${d.from}" to "${d.to}"`;
    case 'alwaysShow':
      return `${label(d.field)}: "Always show" switched ${d.value ? 'on' : 'off'}`;
    case 'sectionAdded':
      return `Section "${d.section}" added`;
    case 'sectionRemoved':
      return `Section "${d.section}" removed`;
    case 'sectionMoved':
      return `Section "${d.section}" moved`;
    case 'sectionRenamed':
      return `Section "${d.from}" renamed to "${d.to}"`;
  }
}

/** The saved-vs-draft differences in words, above the two cards. */
export function DiffSummary({ differences }: { readonly differences: readonly LayoutDifference[] }) {
  const { catalog } = usePreviewEnv();
  const label = (code: string) => catalog.byCode.get(code)?.label ?? code;
  if (differences.length === 0) {
    return (
      <p className="pv-diff-none" role="status">
        The draft is the same as the saved layout.
      </p>
    );
  }
  return (
    <section className="pv-diff" aria-label="Differences">
      <h3>
        {differences.length === 1 ? '1 difference' : `${differences.length} differences`} between the saved
        layout and the draft
      </h3>
      <ul>
        {differences.map((d, i) => (
          <li key={i} className={`pv-diff-${d.kind}`}>
            {describe(d, label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
