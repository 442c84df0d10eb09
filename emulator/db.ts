/**
 * One in-memory portal state, persisted to `<dataDir>/state.json`. Writes are atomic: the JSON goes
 * to a temp file, which is fsynced and then renamed over the old file (and the directory fsynced),
 * so a crash mid-write leaves either the old or the new state, never half of one. Writes are
 * serialised; each one saves the state as it is when the write starts.
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CoreDb, PortalState } from './core/types';
import { addOtherCards, createSeed, type SeedOptions } from './seed/index';

export const STATE_FILE = 'state.json';
const TEMP_RE = /^state\.json\..+\.tmp$/;

export interface OpenOptions {
  /** Ignore what is on disk and start from the seed. */
  readonly reset?: boolean;
  readonly seed?: SeedOptions;
}

export class PortalDb implements CoreDb {
  private dirty = false;
  private writes: Promise<void> = Promise.resolve();
  private seq = 0;

  private constructor(
    readonly dir: string,
    public state: PortalState,
    private seedOptions: SeedOptions,
  ) {}

  get file(): string {
    return path.join(this.dir, STATE_FILE);
  }

  /** Opens (or creates and seeds) the portal stored in `dir`. */
  static async open(dir: string, options: OpenOptions = {}): Promise<PortalDb> {
    await mkdir(dir, { recursive: true });
    // A temp file left by a crash is an unfinished write: the real file is still the last good one.
    for (const name of await readdir(dir)) {
      if (TEMP_RE.test(name)) await rm(path.join(dir, name), { force: true });
    }
    const seed = options.seed ?? {};
    const file = path.join(dir, STATE_FILE);
    if (!options.reset) {
      let text: string | undefined;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      if (text !== undefined) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new Error(`${file} is not valid JSON; start with --reset to reseed the portal`);
        }
        if ((parsed as { version?: unknown } | null)?.version === 1) {
          const state = parsed as PortalState;
          // Written before the other cards existed: they join with their seed, the rest stays.
          if (state.crm === undefined) addOtherCards(state);
          return new PortalDb(dir, state, seed);
        }
        console.warn(`[emulator] ${file} has an unknown format; reseeding`);
      }
    }
    const db = new PortalDb(dir, createSeed(seed), seed);
    db.touch();
    await db.flush();
    return db;
  }

  touch(): void {
    this.dirty = true;
  }

  /** Writes the state if it changed since the last write; resolves when it is on disk. */
  flush(): Promise<void> {
    if (!this.dirty) return this.writes;
    this.dirty = false;
    const write = this.writes.then(() => this.writeNow());
    this.writes = write.catch((e: unknown) => {
      this.dirty = true;
      console.error('[emulator] could not save the portal state', e);
    });
    return write;
  }

  /** Replaces the state by a fresh seed (the same options unless new ones are given). */
  async reset(seed?: SeedOptions): Promise<void> {
    if (seed) this.seedOptions = seed;
    this.state = createSeed(this.seedOptions);
    this.touch();
    await this.flush();
  }

  private async writeNow(): Promise<void> {
    const json = JSON.stringify(this.state);
    const tmp = path.join(this.dir, `${STATE_FILE}.${process.pid}.${++this.seq}.tmp`);
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(json, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, this.file);
    try {
      const dirHandle = await open(this.dir, 'r');
      try {
        await dirHandle.sync(); // make the rename itself durable
      } finally {
        await dirHandle.close();
      }
    } catch {
      // Some platforms cannot fsync a directory; the rename is still atomic.
    }
  }
}
