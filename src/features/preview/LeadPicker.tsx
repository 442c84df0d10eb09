import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18nStore';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LeadPickerList } from './LeadPickerList';
import { usePreviewEnv } from './previewEnv';
import type { LeadChoice } from './useLeadChoice';

export interface LeadPickerProps {
  readonly current: LeadChoice | null;
  /** What the trigger says: the lead's title and id. */
  readonly caption: string;
  readonly onChoose: (choice: LeadChoice) => void;
  /** The portal's answer when the lead is not there (`Not found`, `ID is not defined or invalid.`). */
  readonly error: string | null;
}

/** The record the preview is filled with: a button that opens a searchable list. Escape closes it. */
export function LeadPicker({ current, caption, onChoose, error }: LeadPickerProps) {
  const t = useT();
  const { words } = usePreviewEnv();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  return (
    <div
      className="pv-picker"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="pv-picker-trigger"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((v) => !v)}
      >
        <span className="pv-picker-kicker">{t(words.kicker)}</span>
        <span className="pv-picker-caption">{caption}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="pv-picker-popup" role="dialog" aria-label={t(words.dialog)}>
          <ErrorBoundary what={t(words.dialog)} onClose={() => setOpen(false)}>
            <LeadPickerList
              current={current}
              onChoose={(c) => {
                setOpen(false);
                onChoose(c);
              }}
            />
          </ErrorBoundary>
        </div>
      ) : null}
      {error ? (
        <p className="pv-error pv-picker-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
