import type { IncomingMessage } from 'node:http';

/** The default request body limit: 1 MiB, far above any real flow. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** How far past the limit a body is drained so the client can read the 413; beyond that the socket is cut. */
const DRAIN_FACTOR = 16;

/** What reading a body gave: its text, or that it was over the limit. */
export type BodyRead = { kind: 'ok'; text: string } | { kind: 'too-large' } | { kind: 'aborted' };

/** True for `application/json`, with or without parameters such as charset. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * Reads the whole request body up to `limit` bytes. An oversized body is still read (and thrown
 * away) up to a bound, because a server that answers before the client finishes sending makes
 * most clients see a reset instead of the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        if (size > limit * DRAIN_FACTOR) req.socket.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'too-large' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('close', () => {
      if (!req.complete) resolve({ kind: 'aborted' });
    });
  });
}

/** Reads and discards the rest of a body, so the connection stays usable after an early answer. */
export function drainBody(req: IncomingMessage): Promise<void> {
  if (req.complete || req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve);
    req.on('close', resolve);
    req.on('error', () => resolve());
    req.resume();
  });
}
