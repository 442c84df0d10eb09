import { createContext, useContext } from 'react';
import { learnFromFailure, type Rights } from '../../../store/rights';

/** The signed-in user's rights for the open editor, and how a refusal teaches them. */
export interface RightsEnv {
  readonly rights: Rights;
  /** Learns from a failed call (an `Access denied.`); returns whether it was a refusal. */
  learn(e: unknown): boolean;
}

/** Outside an editor screen nothing is known and nothing is learned: every action stays offered. */
export const RightsContext = createContext<RightsEnv>({ rights: 'unknown', learn: () => false });

export const useRights = (): RightsEnv => useContext(RightsContext);

export const rightsEnv = (rights: Rights, who: string): RightsEnv => ({
  rights,
  learn: (e) => learnFromFailure(who, e),
});
