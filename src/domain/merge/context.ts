import type { FieldCode } from '../types';
import type { MergeConflict, Side } from './conflicts';
import type { Entity, Source, View } from './views';

/** What every step of one merge reads: the three views, the paired sections, the choices made. */
export interface MergeContext {
  readonly views: Readonly<Record<Source, View>>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly choiceOf: (id: string) => Side;
  /** Conflicts found so far; each step adds its own. */
  readonly sectionConflicts: MergeConflict[];
  readonly fieldConflicts: MergeConflict[];
}

/** A field's place in the merge: which side's place it takes, and that place's section key (`null`: off the card). */
export interface PlannedPlace {
  readonly source: Source;
  readonly key: string | null;
}

export type Plan = Map<FieldCode, PlannedPlace>;
