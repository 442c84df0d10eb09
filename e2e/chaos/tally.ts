/**
 * The run's figures, across Playwright workers: each finished scenario appends one line to a file
 * of its worker in a folder of the run; the worker that finishes the last scenario prints the
 * totals once. Folder: the runner's pid (every worker is its child), so parallel runs never mix.
 */
import { appendFileSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScenarioFigures {
  readonly index: number;
  readonly phase: string;
  readonly fault: string;
  readonly passed: boolean;
  /** Fault hits armed: emulator fault counts plus browser-side shape faults. */
  readonly injected: number;
  /** Of those, how many requests actually met one. */
  readonly hit: number;
  /** The user saw an error (and recovered). */
  readonly errorShown: boolean;
  /** Layout edits and lead values the user made. */
  readonly edits: number;
  /** Edits neither on the portal nor kept in the editor at the end. */
  readonly lost: number;
  readonly ms: number;
}

const dir = join(tmpdir(), `lcs-chaos-${process.env['CHAOS_RUN_ID'] ?? process.ppid}`);

export function record(figures: ScenarioFigures, total: number, seed: number): string | null {
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `worker-${process.pid}.jsonl`), `${JSON.stringify(figures)}\n`);
  const byIndex = new Map<number, ScenarioFigures>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const f = JSON.parse(line) as ScenarioFigures;
      byIndex.set(f.index, f);
    }
  }
  if (byIndex.size < total) return null;
  try {
    closeSync(openSync(join(dir, 'printed'), 'wx')); // only one worker prints
  } catch {
    return null;
  }
  const all = [...byIndex.values()];
  const sum = (k: 'injected' | 'hit' | 'edits' | 'lost'): number => all.reduce((n, f) => n + f[k], 0);
  const failed = all.filter((f) => !f.passed).length;
  const shown = all.filter((f) => f.errorShown).length;
  const kinds = new Map<string, number>();
  for (const f of all) kinds.set(f.fault, (kinds.get(f.fault) ?? 0) + 1);
  const phases = new Map<string, number>();
  for (const f of all) phases.set(f.phase, (phases.get(f.phase) ?? 0) + 1);
  const seconds = all.reduce((n, f) => n + f.ms, 0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const list = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `chaos: ${all.length} scenarios, ${sum('injected')} faults injected, ${sum('lost')} edits lost`,
    `chaos: seed ${seed}; ${sum('hit')} requests met a fault; ${shown} scenarios showed an error and recovered, ` +
      `${all.length - shown} absorbed it; ${sum('edits')} edits made; ${failed} scenarios failed; ` +
      `${seconds.toFixed(0)} s of scenario time`,
    `chaos: phases: ${list(phases)}`,
    `chaos: faults: ${list(kinds)}`,
  ].join('\n');
}
