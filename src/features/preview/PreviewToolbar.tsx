import type { ReactNode } from 'react';
import { Button } from '../../ui/Button';
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

const MODES = [
  { value: 'view', label: 'View' },
  { value: 'edit', label: 'Edit' },
] as const;
const WIDTHS = [
  { value: 'wide', label: 'Wide' },
  { value: 'narrow', label: 'Narrow' },
] as const;

/** The preview's controls: which lead, view or edit, card width, saved-vs-draft, a new test lead. */
export function PreviewToolbar(p: PreviewToolbarProps) {
  return (
    <div className="pv-toolbar">
      <div className="pv-toolbar-row">
        <h2 className="panel-title" id={p.titleId}>
          Preview
        </h2>
        {p.picker}
      </div>
      <div className="pv-toolbar-row">
        <SegmentedControl label="Mode" value={p.mode} options={MODES} onChange={p.onMode} />
        <SegmentedControl label="Card width" value={p.width} options={WIDTHS} onChange={p.onWidth} />
        <button
          type="button"
          className={`toggle${p.compare ? ' is-on' : ''}`}
          aria-pressed={p.compare}
          disabled={p.mode === 'edit'}
          title={
            p.mode === 'edit'
              ? 'Side by side compares the cards in view mode'
              : 'The saved layout and the draft on the same lead'
          }
          onClick={() => p.onCompare(!p.compare)}
        >
          Side by side
        </button>
        <button
          type="button"
          className={`toggle${p.expanded ? ' is-on' : ''}`}
          aria-pressed={p.expanded}
          title="Show the preview over the whole editor, as wide as a card opened on the portal (Escape closes)"
          onClick={() => p.onExpand(!p.expanded)}
        >
          Full screen
        </button>
        <span className="topbar-spacer" />
        <Button variant="light" onClick={p.onCreate}>
          Create a test lead
        </Button>
      </div>
    </div>
  );
}
