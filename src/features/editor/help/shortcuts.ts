import type { MessageKey } from '../../../i18n/messages/en';

/** One line of the shortcuts sheet: the keys to press (each a key cap) and what they do. */
export interface Shortcut {
  /** Alternatives, each a list of key caps pressed together. */
  readonly keys: readonly (readonly string[])[];
  readonly does: MessageKey;
}

export interface ShortcutGroup {
  readonly title: MessageKey;
  readonly shortcuts: readonly Shortcut[];
}

/** The space bar's cap, named in the interface language. */
export const SPACE = 'Space';

/** `Ctrl` on Windows and Linux, `⌘` on a Mac: the key the undo shortcuts listen to there. */
export const commandKey = (platform: string): string => (/mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl');

/** What the editor answers to; kept beside the handlers' behaviour, which the e2e suite checks. */
export function shortcutGroups(command: string): readonly ShortcutGroup[] {
  return [
    {
      title: 'help.keys.general',
      shortcuts: [
        { keys: [['?']], does: 'help.keys.sheet' },
        { keys: [['/']], does: 'help.keys.search' },
        { keys: [[command, 'Z']], does: 'help.keys.undo' },
        {
          keys: [
            [command, 'Shift', 'Z'],
            [command, 'Y'],
          ],
          does: 'help.keys.redo',
        },
        { keys: [['Esc']], does: 'help.keys.close' },
      ],
    },
    {
      title: 'help.keys.moving',
      shortcuts: [
        { keys: [['Tab']], does: 'help.keys.tab' },
        { keys: [['Space'], ['Enter']], does: 'help.keys.pickUp' },
        { keys: [['↑'], ['↓']], does: 'help.keys.arrows' },
        { keys: [['Space'], ['Enter']], does: 'help.keys.drop' },
        { keys: [['Esc']], does: 'help.keys.cancel' },
        { keys: [['Delete'], ['Backspace']], does: 'help.keys.remove' },
      ],
    },
    {
      title: 'help.keys.sections',
      shortcuts: [
        { keys: [['Enter']], does: 'help.keys.renameDone' },
        { keys: [['Esc']], does: 'help.keys.renameCancel' },
      ],
    },
  ];
}
