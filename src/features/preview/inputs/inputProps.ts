import type { CardField } from '../../../domain/cardFields';

/** What every edit input gets: the field, and how to name and describe its control(s). */
export interface InputProps {
  readonly field: CardField;
  /** id of the visible label: single-control inputs are named by it. */
  readonly labelId: string;
  /** Caption for composite parts and rows ("Phone 1"). */
  readonly label: string;
  /** id of the problem text, when there is one. */
  readonly problemId: string | undefined;
}

/** ARIA for a single control named by the field label. */
export const controlAria = (p: InputProps) => ({
  'aria-labelledby': p.labelId,
  'aria-invalid': p.problemId !== undefined || undefined,
  'aria-describedby': p.problemId,
});
