/**
 * Test helpers for the pure core called in-process: a seeded portal in memory that counts its
 * writes, and the parameters the demo identities authenticate with (IDENTITIES.md).
 */
import { handle } from '../core/handle';
import type { CoreDb } from '../core/types';
import { createSeed } from '../seed/index';

export function memoryDb(options: Parameters<typeof createSeed>[0] = {}): CoreDb & { touched: number } {
  const db = { state: createSeed(options), touched: 0, touch: () => void db.touched++ };
  return db;
}

export const adminHook = { aplogin: '1', ap: 'demoadmin' };
export const managerHook = { aplogin: '2', ap: 'demouser' };
export const adminApp = { auth: 'demo-admin-token' };
export const managerApp = { auth: 'demo-user-token' };

/** One call as the HTTP host makes it, the identity among `params`. */
export const callCore = (db: CoreDb, method: string, params: Record<string, unknown>) =>
  handle(db, { method, params });
