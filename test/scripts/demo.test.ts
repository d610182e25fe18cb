import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../helpers/run-cli.js';

// `npm start` is the README's first command: the whole loop against the sandbox, no account.
describe('npm start (scripts/demo.mjs)', () => {
  it('validates, plans, syncs the examples into a loopback sandbox, and ends with nothing left to change', async () => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [path.join(REPO, 'scripts/demo.mjs')], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } }, (error, out) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }),
      );
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Sandbox on http:\/\/127\.0\.0\.1:\d+ with 4 flows/);
    expect(stdout).toContain('✔ 5 files valid');
    expect(stdout).toMatch(/Plan: 0 to delete, 0 to add, 4 to change/);
    expect(stdout).toContain('Sync: 4 updated');
    expect(stdout).toMatch(/Plan: 0 to delete, 0 to add, 0 to change; 0 changes weaken verification\n[\s\S]*Done: the sandbox now holds exactly what examples\/ describes/);
  });
});
