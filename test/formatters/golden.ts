import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormatContext } from '../../src/reports/types.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/formatters/', import.meta.url));

/** Goldens are rewritten only when asked: `UPDATE_GOLDEN=1 npm test`, then review the diff. */
const UPDATING = process.env.UPDATE_GOLDEN === '1';

/** The context every golden is made with: no colour, a fixed version. */
export const PLAIN: FormatContext = { color: false, version: '1.2.3' };

/** Reads a JSON fixture of test/fixtures/formatters. */
export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as T;
}

/**
 * Compares a whole output with its golden file. A missing golden fails rather than being
 * written, so a golden only ever comes into being or changes by a deliberate UPDATE_GOLDEN=1.
 */
export function expectGolden(name: string, actual: string): void {
  const path = `${FIXTURES}${name}`;
  if (UPDATING) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${name} does not exist; write it with UPDATE_GOLDEN=1 and review it before committing`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
