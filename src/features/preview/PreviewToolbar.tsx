import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { usePreviewEnv } from './previewEnv';
import type { ChangeView, PreviewView } from './previewView';
import { SegmentedControl } from './SegmentedControl';

export interface PreviewToolbarProps {
  readonly titleId: string;
  readonly picker: ReactNode;
  readonly view: PreviewView;
  readonly onView: ChangeView;
  readonly onCreate: () => void;
}

/** The preview's controls: which lead, view or edit, card width, saved-vs-draft, a new test lead. */
export function PreviewToolbar({ titleId, picker, view, onView, onCreate }: PreviewToolbarProps) {
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
        <h2 className="panel-title" id={titleId}>
          {t('preview.title')}
        </h2>
        {picker}
      </div>
      <div className="pv-toolbar-row">
        <SegmentedControl
          label={t('preview.mode')}
          value={view.mode}
          options={modes}
          onChange={(mode) => onView({ mode })}
        />
        <SegmentedControl
          label={t('preview.width')}
          value={view.width}
          options={widths}
          onChange={(width) => onView({ width })}
        />
        <button
          type="button"
          className={`toggle${view.compare ? ' is-on' : ''}`}
          aria-pressed={view.compare}
          disabled={view.mode === 'edit'}
          title={t(view.mode === 'edit' ? 'preview.compare.hintEdit' : 'preview.compare.hint')}
          onClick={() => onView({ compare: !view.compare })}
        >
          {t('preview.compare')}
        </button>
        <button
          type="button"
          className={`toggle${view.expanded ? ' is-on' : ''}`}
          aria-pressed={view.expanded}
          title={t('preview.fullScreen.hint')}
          onClick={() => onView({ expanded: !view.expanded })}
        >
          {t('preview.fullScreen')}
        </button>
        <span className="topbar-spacer" />
        <Button variant="light" onClick={onCreate}>
          {t(words.createTitle)}
        </Button>
      </div>
    </div>
  );
}
