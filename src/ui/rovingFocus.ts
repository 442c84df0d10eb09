import type { KeyboardEvent } from 'react';

const STEP: Readonly<Record<string, -1 | 1>> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };

/**
 * Keyboard of a tab list or radio group (WAI-ARIA practices): the arrows move to the previous or
 * next choice and pick it, Home and End to the first and last. Only the chosen one is a Tab stop
 * (`tabIndex={chosen ? 0 : -1}` on each), so Tab leaves the group in one press.
 */
export function onRovingKeyDown(e: KeyboardEvent<HTMLElement>): void {
  const choices = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"], [role="radio"]')].filter(
    (el) => !el.hasAttribute('disabled'),
  );
  const at = choices.findIndex((el) => el === document.activeElement);
  if (at < 0) return;
  const step = STEP[e.key];
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? choices.length - 1
        : step === undefined
          ? undefined
          : (at + step + choices.length) % choices.length;
  const target = next === undefined ? undefined : choices[next];
  if (!target) return;
  e.preventDefault();
  target.focus();
  if (target.getAttribute('aria-selected') !== 'true' && target.getAttribute('aria-checked') !== 'true')
    target.click();
}
