import './help.css';
import { Suspense, useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { lazyNamed } from '../../../ui/lazyNamed';

// the sheet is fetched the first time it is asked for
const ShortcutsDialog = lazyNamed(() => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog));

/** Typing into a control must never open the sheet or jump to the search. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable);

/** The top bar's "?" button; `?` anywhere opens the sheet and `/` jumps to the field search. */
export function ShortcutsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === '?') {
        e.preventDefault();
        setOpen(true);
      } else if (e.key === '/') {
        const search = document.querySelector<HTMLInputElement>('[data-shortcut="field-search"]');
        if (!search) return;
        e.preventDefault();
        search.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Button
        variant="light"
        className="topbar-help"
        aria-label={t('help.shortcuts')}
        aria-keyshortcuts="?"
        title={t('help.shortcuts.button')}
        onClick={() => setOpen(true)}
      >
        ?
      </Button>
      <Suspense fallback={null}>
        {open ? <ShortcutsDialog open onClose={() => setOpen(false)} /> : null}
      </Suspense>
    </>
  );
}
