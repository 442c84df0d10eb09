/**
 * A self-signed certificate for `--https`, made at start with the system's `openssl` (nothing is
 * downloaded): for 127.0.0.1 and localhost, valid one day. Clients must trust it or skip the check
 * (`curl -k`, `NODE_TLS_REJECT_UNAUTHORIZED=0` for a test script, a browser's "proceed").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TlsPair {
  readonly key: string;
  readonly cert: string;
}

export function selfSignedCertificate(): TlsPair {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-tls-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? '--https needs openssl to make its certificate: apt-get install openssl'
        : `openssl could not make a certificate: ${(e as Error).message}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
