/** English interface texts. Keys are `area.thing`; Russian must have every key (a test checks). */
export const en = {
  'app.title': 'Lead Card Studio',
  'app.language': 'Language',
} as const;

export type MessageKey = keyof typeof en;
