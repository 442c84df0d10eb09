import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import {
  APP_SCOPES,
  DEFAULT_TOKEN_TTL,
  issueToken,
  refreshToken,
  type TokenAnswer,
} from './core/oauthTokens';
import type { PortalDb } from './db';
import { FaultSpecSchema, type FaultQueue } from './faults';
import { isLoopback, readBody, sendJson } from './httpIo';
import type { LeakyBucket } from './rateLimit';
import { SEED_PRESETS, type SeedOptions } from './seed/index';

/** What the control endpoints change besides the portal: its fault queue and rate limit. */
export interface ControlTargets {
  readonly faults: FaultQueue;
  readonly bucket: LeakyBucket | null;
}

const TokenRequestSchema = z.object({
  userId: z.coerce.number().int().positive(),
  ttlSeconds: z.coerce.number().int().optional(),
  scope: z.union([z.string(), z.array(z.string())]).optional(),
});
const RefreshRequestSchema = z.object({
  refresh_token: z.string().min(1),
  ttlSeconds: z.coerce.number().int().optional(),
});
const ResetRequestSchema = z
  .object({
    preset: z.enum(Object.keys(SEED_PRESETS) as [keyof typeof SEED_PRESETS]).optional(),
    seed: z
      .object({
        empty: z.boolean().optional(),
        extraUserFields: z.number().int().nonnegative().optional(),
        largeLayout: z.boolean().optional(),
        leads: z.number().int().nonnegative().optional(),
      })
      .optional(),
  })
  .optional();

/** The loopback-only `/_emulator/*` endpoints: faults, OAuth tokens for tests, reset. */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  db: PortalDb,
  { faults, bucket }: ControlTargets,
): Promise<void> {
  if (!isLoopback(req.socket)) {
    sendJson(res, 403, { error: 'ACCESS_DENIED', error_description: 'Emulator control is loopback only' });
    return;
  }
  const raw = (await readBody(req)).toString('utf8').trim();
  let body: unknown;
  try {
    body = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: 'The body must be JSON' });
    return;
  }
  const bad = (issue: z.ZodError): void =>
    sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: z.prettifyError(issue) });
  const route = `${req.method ?? 'GET'} ${pathname.replace(/\/+$/, '')}`;
  /** A minted or refreshed token is stored before it is answered; without one, `refused` is. */
  const sendToken = async (answer: TokenAnswer | null, refused: object): Promise<void> => {
    if (!answer) return sendJson(res, 400, refused);
    db.touch();
    await db.flush();
    sendJson(res, 200, answer);
  };

  switch (route) {
    case 'GET /_emulator/faults':
      sendJson(res, 200, { faults: faults.list() });
      return;
    case 'DELETE /_emulator/faults':
      faults.clear();
      sendJson(res, 200, { result: true });
      return;
    case 'POST /_emulator/faults': {
      const list = Array.isArray(body) ? body : [body ?? {}];
      const parsed = z.array(FaultSpecSchema).safeParse(list);
      if (!parsed.success) return bad(parsed.error);
      const added = parsed.data.map((spec) => faults.add(spec));
      sendJson(res, 200, { result: true, faults: added });
      return;
    }
    case 'POST /_emulator/oauth/token': {
      const parsed = TokenRequestSchema.safeParse(body ?? {});
      if (!parsed.success) return bad(parsed.error);
      const { userId, ttlSeconds, scope } = parsed.data;
      const scopes =
        scope === undefined
          ? APP_SCOPES
          : Array.isArray(scope)
            ? scope
            : scope.split(',').map((s) => s.trim());
      const answer = issueToken(
        db.state,
        userId,
        scopes.filter(Boolean),
        ttlSeconds ?? DEFAULT_TOKEN_TTL,
        Date.now(),
      );
      return sendToken(answer, { error: 'INVALID_REQUEST', error_description: `No user ${userId}` });
    }
    case 'POST /_emulator/oauth/refresh': {
      const parsed = RefreshRequestSchema.safeParse(body ?? {});
      if (!parsed.success) return bad(parsed.error);
      const { refresh_token, ttlSeconds } = parsed.data;
      const answer = refreshToken(db.state, refresh_token, ttlSeconds ?? DEFAULT_TOKEN_TTL, Date.now());
      // The answer oauth.bitrix.info gives for an unknown refresh token.
      return sendToken(answer, { error: 'invalid_grant', error_description: 'Invalid refresh token' });
    }
    case 'POST /_emulator/reset': {
      const parsed = ResetRequestSchema.safeParse(body);
      if (!parsed.success) return bad(parsed.error);
      const seed: SeedOptions | undefined = parsed.data?.preset
        ? SEED_PRESETS[parsed.data.preset]
        : parsed.data?.seed;
      await db.reset(seed);
      faults.clear();
      bucket?.reset();
      sendJson(res, 200, { result: true });
      return;
    }
    default:
      sendJson(res, 404, { error: 'NOT_FOUND', error_description: `No control endpoint ${route}` });
  }
}
