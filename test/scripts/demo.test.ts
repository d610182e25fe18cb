import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../helpers/run-cli.js';

// `npm start` is the README's first command: the whole loop against the sandbox, no account.
describe('npm start (scripts/demo.mjs)', () => {
  it('shows the lifecycle: validate, plan, sync, a second sync with no changes, import, edit, plan, sync, and the drift found', async () => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [path.join(REPO, 'scripts/demo.mjs')], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } }, (error, out) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }),
      );
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Sandbox on http:\/\/127\.0\.0\.1:\d+ with 4 flows at their defaults, and one made by hand/);
    expect(stdout).toContain('✔ 5 files valid');
    expect(stdout).toMatch(/Plan: 0 to delete, 0 to add, 4 to change/);
    expect(stdout).toContain('Sync: 4 updated');
    expect(stdout).toContain('Sync: 4 unchanged. No changes.');
    // The hand-made flow, imported, edited, planned and synced; then again with nothing to send.
    expect(stdout).toContain('# Hand-made onboarding');
    expect(stdout).toContain('    liveness.minScore: 0.8 → 0.85');
    expect(stdout).toContain('Sync: 1 updated');
    expect(stdout).toContain('Sync: 1 unchanged. No changes.');
    // The drift: the server's 0.6 against the file's 0.85.
    expect(stdout).toMatch(/the drift check: exit 2 means drift\)\n\n[\s\S]*liveness\.minScore: 0\.6 → 0\.85/);
    expect(stdout).toContain('Done: imported, edited, synced, synced again with nothing to send, and the drift found.');
  });
});
