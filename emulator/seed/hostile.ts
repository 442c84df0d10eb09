/**
 * An opt-in hostile corner of the portal (`seed: { hostile: true }`, `--seed hostile`): data a real
 * portal may hold and the app must survive (issue 20). Kept apart from the demo seed so the
 * demo's users, stages and leads stay as every other test knows them.
 *
 * - a stage whose `COLOR` would make a browser fetch an outside URL if used as CSS;
 * - a user whose last name opens a RIGHT-TO-LEFT OVERRIDE and never closes it;
 * - the newest lead: in that stage, assigned to that user, `COMMENTS` with numeric references no
 *   browser can turn into a character, a long URL without a break point, a name with the override.
 */
import { seedLead } from '../core/leads';
import type { PortalState, StatusRecord, UserRecord } from '../core/types';
import { LEAD_ID_STEP } from './leads';

const RLO = '\u202E';
export const HOSTILE = {
  stageId: 'HOSTILE_CHECK',
  stageName: 'Double-checked',
  stageColor: 'red url(https://example.invalid/x.png)',
  userId: 9,
  userName: 'Rahel',
  userLastName: `${RLO}Override`,
  leadTitle: 'Hostile lead: entities, overrides, long URL',
  leadName: `Mira ${RLO}Reversed`,
  comments: 'Call back &#99999999; on &#x110000; or &#xD800; &#0; please<br>Thanks',
  // no hyphen, no space: nothing a line may break at
  longUrl: `https://example.invalid/${'veryLongPathSegmentWithoutBreaks'.repeat(10)}`,
} as const;

/** Adds the hostile stage, user and lead; the lead is the newest (it opens first in the preview). */
export function addHostileData(state: PortalState): void {
  const stage: StatusRecord = {
    ID: state.statuses.length + 1,
    ENTITY_ID: 'STATUS',
    STATUS_ID: HOSTILE.stageId,
    NAME: HOSTILE.stageName,
    NAME_INIT: HOSTILE.stageName,
    // between "In progress" (20) and "Processed" (30): reached stages before it get its colour too
    SORT: 25,
    SYSTEM: 'N',
    CATEGORY_ID: null,
    COLOR: HOSTILE.stageColor,
    SEMANTICS: null,
  };
  state.statuses.push(stage);
  state.counters.status = state.statuses.length;

  const model = state.users.find((u) => u.ID === 4);
  if (!model) throw new Error('seed: the hostile user is modelled on user 4');
  const user: UserRecord = {
    ...model,
    ID: HOSTILE.userId,
    LOGIN: 'r.override',
    NAME: HOSTILE.userName,
    LAST_NAME: HOSTILE.userLastName,
    EMAIL: 'r.override@lead-card-studio.example',
    WORK_POSITION: 'Account executive',
  };
  state.users.push(user);

  const id = state.counters.lead + LEAD_ID_STEP;
  const lead = seedLead(
    state,
    id,
    {
      TITLE: HOSTILE.leadTitle,
      NAME: HOSTILE.leadName,
      STATUS_ID: HOSTILE.stageId,
      SOURCE_ID: 'WEB',
      SOURCE_DESCRIPTION: HOSTILE.longUrl,
      OPPORTUNITY: 0,
      CURRENCY_ID: 'USD',
      ASSIGNED_BY_ID: HOSTILE.userId,
      OPENED: 'Y',
      COMMENTS: HOSTILE.comments,
      WEB: [{ VALUE: HOSTILE.longUrl, VALUE_TYPE: 'WORK' }],
    },
    HOSTILE.userId,
    // after the newest demo lead
    Date.UTC(2024, 5, 1, 7, 0, 0),
  );
  state.leads.push(lead);
  state.counters.lead = id;
}
