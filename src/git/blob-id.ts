import { createHash } from 'node:crypto';

/**
 * The id git gives these bytes as a blob (`git hash-object --no-filters`), in the hash of the
 * repository: SHA-1 ids are 40 hex digits, SHA-256 ids 64. Text is taken as its UTF-8 bytes,
 * hashed as it is encoded, without a copy of them.
 */
export function blobIdOf(content: Uint8Array | string, hexLength: number): string {
  const length = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
  const hash = createHash(hexLength === 64 ? 'sha256' : 'sha1').update(`blob ${length}\0`);
  return (typeof content === 'string' ? hash.update(content, 'utf8') : hash.update(content)).digest('hex');
}
