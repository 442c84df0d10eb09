import { sectionLabel } from '../domain/diff';
import type { LayoutIntent } from '../domain/intents';
import { mergeLayouts, type FieldPlace, type MergeResult } from '../domain/merge';
import { aLayout, replay } from './builders';

const placeOf = (p: FieldPlace | null) => (p === null ? 'off' : `${sectionLabel(p.section)}@${p.index + 1}`);
const shown = (v: unknown) => (v === undefined ? 'none' : JSON.stringify(v));

/** What each side did in each conflict, as values (the wording is the catalogue's). */
export const described = (r: MergeResult) =>
  r.conflicts.map((c) => {
    switch (c.kind) {
      case 'fieldPlacement':
        return `${c.kind} ${c.field}: mine ${placeOf(c.mine)}, theirs ${placeOf(c.theirs)}`;
      case 'fieldOption':
        return `${c.kind} ${c.field} ${c.key}: mine ${shown(c.mine)}, theirs ${shown(c.theirs)}`;
      case 'sectionTitle':
      case 'sectionName':
        return `${c.kind} ${sectionLabel(c.section)}: mine ${c.mine}, theirs ${c.theirs}`;
      case 'sectionPresence':
        return `${c.kind} ${sectionLabel(c.section)}: removed by ${c.removedBy}`;
    }
  });

/** What both sides loaded: the portal's layout when the draft started. */
export const base = () =>
  aLayout()
    .section('main', ['TITLE', 'PHONE', 'EMAIL', 'NAME'], { title: 'About the lead' })
    .section('additional', ['COMMENTS', 'SOURCE_ID'], { title: 'More' })
    .build();

export const merge = (mineIntents: LayoutIntent[], theirsIntents: LayoutIntent[]) =>
  mergeLayouts(base(), replay(base(), ...mineIntents), replay(base(), ...theirsIntents));
