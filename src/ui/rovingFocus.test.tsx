// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { onRovingKeyDown } from './rovingFocus';

function Choices({ disabled = '' }: { readonly disabled?: string }) {
  const [chosen, setChosen] = useState('b');
  return (
    <div role="radiogroup" aria-label="Pick" onKeyDown={onRovingKeyDown}>
      {['a', 'b', 'c', 'd'].map((c) => (
        <button
          key={c}
          type="button"
          role="radio"
          aria-checked={chosen === c}
          tabIndex={chosen === c ? 0 : -1}
          disabled={c === disabled}
          onClick={() => setChosen(c)}
        >
          {c}
        </button>
      ))}
    </div>
  );
}

const radio = (name: string) => screen.getByRole('radio', { name });
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

describe('roving focus in a radio group or tab list', () => {
  it('arrows move and choose, wrapping around; Home and End go to the ends', () => {
    render(<Choices />);
    radio('b').focus();
    press('ArrowRight');
    expect(radio('c')).toHaveProperty('ariaChecked', 'true');
    expect(document.activeElement).toBe(radio('c'));
    press('ArrowDown');
    press('ArrowDown');
    expect(radio('a')).toHaveProperty('ariaChecked', 'true');
    press('ArrowLeft');
    expect(radio('d')).toHaveProperty('ariaChecked', 'true');
    press('Home');
    expect(document.activeElement).toBe(radio('a'));
    press('End');
    expect(radio('d')).toHaveProperty('ariaChecked', 'true');
  });

  it('only the chosen one is a Tab stop, and a disabled choice is skipped', () => {
    render(<Choices disabled="c" />);
    expect(radio('b').tabIndex).toBe(0);
    expect(radio('a').tabIndex).toBe(-1);
    radio('b').focus();
    press('ArrowRight');
    expect(radio('d')).toHaveProperty('ariaChecked', 'true');
    expect(radio('d').tabIndex).toBe(0);
    expect(radio('b').tabIndex).toBe(-1);
  });

  it('other keys pass through untouched', () => {
    render(<Choices />);
    radio('b').focus();
    press('x');
    press('Enter');
    expect(radio('b')).toHaveProperty('ariaChecked', 'true');
  });
});
