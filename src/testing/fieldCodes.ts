import type { FieldCode } from '../domain/types';

/** Field codes written as the portal's lists read, separated by spaces: `fieldCodes('TITLE STAGE_ID')`. */
export const fieldCodes = (text: string): FieldCode[] => text.split(' ');
