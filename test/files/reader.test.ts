import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LINK, workingTreeReader } from '../../src/files/reader.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fk-reader-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (name: string) => path.join(dir, name);
const readUnlessLink = (name: string) => workingTreeReader.readTextUnlessLink!(at(name));

describe('workingTreeReader.readTextUnlessLink, the one-open read of a file found by the walk', () => {
  // Around the 64 KiB scratch buffer: a file is read whole at every size, never cut at the buffer.
  it.each([0, 1, 65_534, 65_535, 65_536, 65_537, 200_000])('reads a file of %i bytes whole, as readText does', async (size) => {
    const text = 'é'.repeat(Math.floor(size / 2)) + (size % 2 ? 'x' : '');
    writeFileSync(at('a.yaml'), text);
    expect(await readUnlessLink('a.yaml')).toBe(text);
    expect(await readUnlessLink('a.yaml')).toBe(await workingTreeReader.readText!(at('a.yaml')));
  });

  it('answers LINK for a symlink, even one to a regular file inside, and reads nothing through it', async () => {
    writeFileSync(at('real.yaml'), 'id: x\n');
    symlinkSync('real.yaml', at('link.yaml'));
    symlinkSync('nowhere.yaml', at('dangling.yaml'));
    expect(await readUnlessLink('link.yaml')).toBe(LINK);
    expect(await readUnlessLink('dangling.yaml')).toBe(LINK);
  });

  it('fifo-is-refused-without-waiting-for-a-writer, in the same words as the careful read', async () => {
    execFileSync('mkfifo', [at('pipe.yaml')]);
    const refused = await readUnlessLink('pipe.yaml');
    expect(refused).toEqual({ refused: 'the path is a FIFO (named pipe), which flowkeeper does not open; expected a regular file', rule: 'file' });
    expect(refused).toEqual(await workingTreeReader.readText!(at('pipe.yaml')));
  });

  it('refuses a folder named like a flow file, and answers undefined for a missing path', async () => {
    mkdirSync(at('folder.yaml'));
    expect(await readUnlessLink('folder.yaml')).toEqual(await workingTreeReader.readText!(at('folder.yaml')));
    expect(await readUnlessLink('folder.yaml')).toMatchObject({ refused: expect.stringContaining('a folder'), rule: 'file' });
    expect(await readUnlessLink('missing.yaml')).toBeUndefined();
  });
});
