import { useT, type Translate } from '../../i18n/i18nStore';
import type { LayoutDifference } from './compareLayouts';
import { usePreviewEnv } from './previewEnv';

function describe(d: LayoutDifference, label: (code: string) => string, t: Translate): string {
  switch (d.kind) {
    case 'added':
      return t('preview.diff.added', { field: label(d.field), section: d.section });
    case 'removed':
      return t('preview.diff.removed', { field: label(d.field), section: d.section });
    case 'moved':
      return d.from === d.to
        ? t('preview.diff.movedWithin', { field: label(d.field), section: d.to })
        : t('preview.diff.moved', { field: label(d.field), from: d.from, to: d.to });
    case 'alwaysShow':
      return t(d.value ? 'preview.diff.alwaysShowOn' : 'preview.diff.alwaysShowOff', {
        field: label(d.field),
      });
    case 'sectionAdded':
      return t('preview.diff.sectionAdded', { section: d.section });
    case 'sectionRemoved':
      return t('preview.diff.sectionRemoved', { section: d.section });
    case 'sectionMoved':
      return t('preview.diff.sectionMoved', { section: d.section });
    case 'sectionRenamed':
      return t('preview.diff.sectionRenamed', { from: d.from, to: d.to });
  }
}

/** The saved-vs-draft differences in words, above the two cards. */
export function DiffSummary({ differences }: { readonly differences: readonly LayoutDifference[] }) {
  const { catalog } = usePreviewEnv();
  const t = useT();
  const label = (code: string) => catalog.byCode.get(code)?.label ?? code;
  if (differences.length === 0) {
    return (
      <p className="pv-diff-none" role="status">
        {t('preview.diff.none')}
      </p>
    );
  }
  return (
    <section className="pv-diff" aria-label={t('preview.diff.region')}>
      <h3>{t('preview.diff.count', { count: differences.length })}</h3>
      <ul>
        {differences.map((d, i) => (
          <li key={i} className={`pv-diff-${d.kind}`}>
            {describe(d, label, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
