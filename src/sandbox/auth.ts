import { createHash } from 'node:crypto';

/** A short, stable, one-way name for a token: what the request log keeps instead of the token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 12);
}

/** Who is calling: nobody known, or a known token that may or may not write. */
export type Caller = { known: false; tokenHash: string | null } | { known: true; tokenHash: string; canWrite: boolean };

/** Reads the bearer token of an `Authorization` header; undefined for any other scheme. */
function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Builds the sandbox's token check. Tokens are compared by full SHA-256, so the sandbox holds and
 * compares digests only, and lookups take the same time whatever the guess.
 */
export function createAuthenticator(writeTokens: readonly string[], readOnlyTokens: readonly string[]): (authorization: string | undefined) => Caller {
  const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
  const writers = new Set(writeTokens.map(digest));
  const readers = new Set(readOnlyTokens.map(digest));
  return (authorization) => {
    const token = bearerToken(authorization);
    if (token === undefined) return { known: false, tokenHash: null };
    const full = digest(token);
    const hash = full.slice(0, 12);
    if (writers.has(full)) return { known: true, tokenHash: hash, canWrite: true };
    if (readers.has(full)) return { known: true, tokenHash: hash, canWrite: false };
    return { known: false, tokenHash: hash };
  };
}
