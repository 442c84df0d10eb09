import { PortalError } from '../errors';

/** The PortalError `p` rejects with; anything else (a resolve, a foreign error) fails the test. */
export async function rejection(p: Promise<unknown>): Promise<PortalError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PortalError) return e;
    throw new Error(`rejected with a non-PortalError: ${String(e)}`);
  }
  throw new Error('expected a rejection');
}
