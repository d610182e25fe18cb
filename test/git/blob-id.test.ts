import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blobIdOf } from '../../src/git/blob-id.js';

/** What git itself names these bytes, asked of the real git. */
function gitHashObject(bytes: Buffer, cwd?: string): string {
  return execFileSync('git', ['hash-object', '--no-filters', '--stdin'], { input: bytes, encoding: 'utf8', ...(cwd ? { cwd } : {}) }).trim();
}

const TEXTS = ['', 'id: "64a1b2c3d4e5f67890123451"\nstatus: draft\n', '\ufeffname: Ünïcödé ✓ 𝒳\r\n', 'x'.repeat(70_000)];

describe('blobIdOf', () => {
  it.each(TEXTS.map((text, index) => [index, text] as const))('names text %i as git names its UTF-8 bytes, given as text or as bytes', (_, text) => {
    const bytes = Buffer.from(text, 'utf8');
    const id = gitHashObject(bytes);
    expect(blobIdOf(text, 40)).toBe(id);
    expect(blobIdOf(bytes, 40)).toBe(id);
  });

  it('hashes with SHA-256 for a repository whose ids have 64 digits, as git does there', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'fk-sha256-'));
    try {
      execFileSync('git', ['init', '-q', '--object-format=sha256'], { cwd: repo });
      for (const text of TEXTS) expect(blobIdOf(text, 64)).toBe(gitHashObject(Buffer.from(text, 'utf8'), repo));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
