import type { Message } from '../types';

/** English texts of the error boundaries: what a part of the screen says when it failed to draw. */
export const boundaryEn = {
  'boundary.failed': '{what} could not be shown.',
  'boundary.kept': 'Your draft is kept: nothing you changed is lost. The rest of the app keeps working.',
  'boundary.detail': 'What failed: {error}',
  'boundary.retry': 'Try again',
  'boundary.close': 'Close',
  'boundary.region.fields': 'The field list',
  'boundary.region.canvas': 'The card layout',
  'boundary.region.preview': 'The preview',
  'boundary.region.editor': 'The editor',
  'boundary.region.leadTab': 'The card of lead #{id}',
  'boundary.region.dialog': 'The dialog "{title}"',
} as const satisfies Readonly<Record<string, Message>>;
