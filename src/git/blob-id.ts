import { createHash } from 'node:crypto';

/**
 * The id git gives these bytes as a blob (`git hash-object --no-filters`), in the hash of the
 * repository: SHA-1 ids are 40 hex digits, SHA-256 ids 64.
 */
export function blobIdOf(bytes: Uint8Array, hexLength: number): string {
  return createHash(hexLength === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}
