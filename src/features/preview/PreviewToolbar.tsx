import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { usePreviewEnv } from './previewEnv';
import { SegmentedControl } from './SegmentedControl';

export type PreviewMode = 'view' | 'edit';
export type PreviewWidth = 'wide' | 'narrow';

export interface PreviewToolbarProps {
  readonly titleId: string;
  readonly picker: ReactNode;
  readonly mode: PreviewMode;
  readonly onMode: (mode: PreviewMode) => void;
  readonly width: PreviewWidth;
  readonly onWidth: (width: PreviewWidth) => void;
  readonly compare: boolean;
  readonly onCompare: (on: boolean) => void;
  readonly onCreate: () => void;
  readonly expanded: boolean;
  readonly onExpand: (on: boolean) => void;
}

/** The preview's controls: which lead, view or edit, card width, saved-vs-draft, a new test lead. */
export function PreviewToolbar(p: PreviewToolbarProps) {
  const t = useT();
  const { words } = usePreviewEnv();
  const modes = [
    { value: 'view', label: t('preview.mode.view') },
    { value: 'edit', label: t('preview.mode.edit') },
  ] as const;
  const widths = [
    { value: 'wide', label: t('preview.width.wide') },
    { value: 'narrow', label: t('preview.width.narrow') },
  ] as const;
  return (
    <div className="pv-toolbar">
      <div className="pv-toolbar-row">
        <h2 className="panel-title" id={p.titleId}>
          {t('preview.title')}
        </h2>
        {p.picker}
      </div>
      <div className="pv-toolbar-row">
        <SegmentedControl label={t('preview.mode')} value={p.mode} options={modes} onChange={p.onMode} />
        <SegmentedControl label={t('preview.width')} value={p.width} options={widths} onChange={p.onWidth} />
        <button
          type="button"
          className={`toggle${p.compare ? ' is-on' : ''}`}
          aria-pressed={p.compare}
          disabled={p.mode === 'edit'}
          title={t(p.mode === 'edit' ? 'preview.compare.hintEdit' : 'preview.compare.hint')}
          onClick={() => p.onCompare(!p.compare)}
        >
          {t('preview.compare')}
        </button>
        <button
          type="button"
          className={`toggle${p.expanded ? ' is-on' : ''}`}
          aria-pressed={p.expanded}
          title={t('preview.fullScreen.hint')}
          onClick={() => p.onExpand(!p.expanded)}
        >
          {t('preview.fullScreen')}
        </button>
        <span className="topbar-spacer" />
        <Button variant="light" onClick={p.onCreate}>
          {t(words.createTitle)}
        </Button>
      </div>
    </div>
  );
}
