import { KeyboardSensor } from '@dnd-kit/core';

type Cancel = (this: KeyboardSensor, event: Event) => void;

/**
 * dnd-kit's keyboard sensor, except that a resize of the window does not cancel the drag. Inside a
 * portal the frame's height follows the content (fitWindow), and a resize asked for just before a
 * pick-up can land in the middle of the drag; dnd-kit would then drop the user's drag for nothing.
 * The controller steps from landing to landing and measures again after a resize, so nothing is
 * stale. Escape and a hidden tab still cancel.
 */
export class FrameKeyboardSensor extends KeyboardSensor {}

// handleCancel is private in the typings; dnd-kit binds it in the constructor, so the override
// below is what its resize, visibility and Escape listeners call
const cancel = (KeyboardSensor.prototype as unknown as { handleCancel: Cancel }).handleCancel;
Object.defineProperty(FrameKeyboardSensor.prototype, 'handleCancel', {
  writable: true,
  configurable: true,
  value(this: KeyboardSensor, event: Event): void {
    if (event.type === 'resize') return;
    cancel.call(this, event);
  },
});
