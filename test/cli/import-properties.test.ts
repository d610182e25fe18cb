import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { defaultFlow } from '../../src/engine/defaults.js';
import { mergeAndValidate } from '../../src/engine/validate.js';
import type { Flow } from '../../src/generated/types.js';
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index.js';
import { strictPatch } from '../engine/support/arbitraries.js';
import { runCli } from '../helpers/run-cli-in-process.js';
import { TOKEN } from '../helpers/sandbox.js';
import { flowId } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

/** Flows the server could hold: random bodies merged onto the defaults, kept when the engine finds them valid. */
const validFlow: fc.Arbitrary<Flow> = strictPatch
  .map((patch) => mergeAndValidate(defaultFlow(), patch))
  .filter((result) => result.valid)
  .map((result) => result.flow);

/** Names as people write them, and as they should not: accents, symbols, other scripts, line breaks, none. */
const flowName = fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Retail onboarding', 'Crédito rápido', '../../etc/passwd', 'a\nid: 65f1a2b3c4d5e6f7a8b9ffff', '日本語', '#!', 'CON')), { nil: undefined });

const seed = Number(process.env.FLOWKEEPER_PROPERTY_SEED ?? 20240514);

let repo: TempRepo;
beforeAll(async () => {
  repo = await tempRepo({}, { git: true });
});
afterAll(async () => {
  await repo.cleanup();
});

async function cli(args: readonly string[]) {
  return runCli(args, { cwd: repo.dir, env: { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined } });
}

async function planChanges(sandbox: SandboxHandle): Promise<string[]> {
  const plan = await cli(['plan', 'flows/', '--api-url', sandbox.url, '--format', 'json', '--root', repo.dir]);
  expect(plan.stderr).toBe('');
  return (JSON.parse(plan.stdout) as { flows: Array<{ change: string }> }).flows.map((flow) => flow.change);
}

describe('import round trip (seeded property)', () => {
  it('after an import, validate passes and plan --api-url shows no change; after a change on the server, import --force brings the files level again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(validFlow, flowName), { minLength: 1, maxLength: 3 }), fc.constantFrom('yaml', 'json'), validFlow, async (flows, format, changed) => {
        await rm(path.join(repo.dir, 'flows'), { recursive: true, force: true });
        const ids = flows.map((_, index) => flowId(index + 1));
        const sandbox = await startSandbox({ tokens: [TOKEN], rateLimit: false, flows: flows.map(([flow, name], index) => ({ id: ids[index]!, flow, ...(name === undefined ? {} : { name }) })) });
        try {
          const imported = await cli(['import', ...ids, '--api-url', sandbox.url, '--format', format, '--root', repo.dir, '--rate', '1000/1s']);
          expect(imported.stderr).toBe('');
          expect(imported.code).toBe(0);
          const validate = await cli(['validate', 'flows/', '--root', repo.dir]);
          expect(validate.code).toBe(0);
          expect(await planChanges(sandbox)).toEqual(ids.map(() => 'unchanged'));
          // A hand-made change on the server, adopted with --force.
          const held = sandbox.store.get(ids[0]!)!;
          await sandbox.store.put(ids[0]!, { ...changed, _id: held._id, createdAt: held.createdAt, updatedAt: held.updatedAt } as Flow);
          const adopted = await cli(['import', ids[0]!, '--force', '--api-url', sandbox.url, '--root', repo.dir, '--rate', '1000/1s']);
          expect(adopted.code).toBe(0);
          expect(await planChanges(sandbox)).toEqual(ids.map(() => 'unchanged'));
        } finally {
          await sandbox.close();
        }
      }),
      { numRuns: 100, seed },
    );
  });
});
