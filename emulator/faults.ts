/**
 * Fault injection for client tests (loopback `/_emulator/faults`): the next N REST calls (of one
 * method, or any) fail, answer late, answer with a broken body, or lose the connection.
 */
import { z } from 'zod';

export const FaultSpecSchema = z
  .object({
    /** REST method to match, any case, without `.json`; omitted = any REST call. */
    method: z.string().min(1).optional(),
    /** How many matching calls this fault affects (default 1). */
    count: z.number().int().positive().default(1),
    /** Wait this long before answering (combines with everything below). */
    delayMs: z.number().int().nonnegative().max(120_000).optional(),
    /** Destroy the socket without answering. */
    drop: z.boolean().optional(),
    /** Execute the call, then destroy the socket without answering: the portal did the work, the client never hears. */
    dropAfter: z.boolean().optional(),
    /**
     * `html`: an HTML error page (status default 502); `empty`: an empty body (default 200);
     * `truncated`: the real answer cut in half (the call is executed).
     */
    body: z.enum(['html', 'empty', 'truncated']).optional(),
    /** Answer `{error, error_description}` with this HTTP status (default 500) instead of calling. */
    status: z.number().int().min(100).max(599).optional(),
    error: z.string().optional(),
    description: z.string().optional(),
    /**
     * Quote the request's full URL in the answer, as a proxy's error page or a portal's 401 text
     * does (the webhook secret is in that URL): appended to `description` (an error answer with
     * status 500 when none is given) or to the `html` page; `encoded` quotes it percent-encoded.
     */
    quoteUrl: z.enum(['plain', 'encoded']).optional(),
  })
  .strict();

export type FaultSpec = z.output<typeof FaultSpecSchema>;

export interface ActiveFault {
  readonly id: number;
  readonly spec: FaultSpec;
  remaining: number;
}

export class FaultQueue {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    const fault = { id: this.nextId++, spec, remaining: spec.count };
    this.faults.push(fault);
    return fault;
  }

  /** The first active fault matching `method`, consumed by one. */
  take(method: string): FaultSpec | undefined {
    const m = method.toLowerCase();
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (!f.spec.method || f.spec.method.toLowerCase() === m),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return fault.spec;
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }
}
