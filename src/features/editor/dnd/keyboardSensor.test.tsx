// @vitest-environment jsdom
import { DndContext, useDraggable, useSensor, useSensors } from '@dnd-kit/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FrameKeyboardSensor } from './keyboardSensor';

function Handle() {
  const { attributes, listeners, setNodeRef } = useDraggable({ id: 'drag' });
  return (
    <button type="button" ref={setNodeRef} {...attributes} {...listeners}>
      handle
    </button>
  );
}

function Board(props: { onDragStart: () => void; onDragCancel: () => void; onDragEnd: () => void }) {
  const sensors = useSensors(useSensor(FrameKeyboardSensor));
  return (
    <DndContext sensors={sensors} {...props}>
      <Handle />
    </DndContext>
  );
}

const spies = () => ({
  onDragStart: vi.fn<() => void>(),
  onDragCancel: vi.fn<() => void>(),
  onDragEnd: vi.fn<() => void>(),
});

async function pickUp() {
  const handle = screen.getByRole('button', { name: 'handle' });
  handle.focus();
  fireEvent.keyDown(handle, { code: 'Space' });
  // dnd-kit listens for the next keys from a timer after the pick-up
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return handle;
}

describe('a keyboard drag inside a portal frame', () => {
  it('survives the frame being resized to fit its content', async () => {
    const events = spies();
    render(<Board {...events} />);
    const handle = await pickUp();
    expect(events.onDragStart).toHaveBeenCalledTimes(1);
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    expect(events.onDragCancel).not.toHaveBeenCalled();
    fireEvent.keyDown(handle, { code: 'Space' });
    expect(events.onDragEnd).toHaveBeenCalledTimes(1);
    expect(events.onDragCancel).not.toHaveBeenCalled();
  });

  it('is still cancelled by Escape and by the tab being hidden', async () => {
    const events = spies();
    render(<Board {...events} />);
    const handle = await pickUp();
    fireEvent.keyDown(handle, { code: 'Escape' });
    expect(events.onDragCancel).toHaveBeenCalledTimes(1);

    await pickUp();
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    expect(events.onDragCancel).toHaveBeenCalledTimes(2);
    expect(events.onDragEnd).not.toHaveBeenCalled();
  });
});
