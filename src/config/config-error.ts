import { UsageError } from '../errors.js';
import type { FileResult } from '../reports/types.js';

/** One finding per line, as `file:line:column: message (rule)`: plain text both edges can print. */
export function describeConfigProblems(problems: readonly FileResult[]): string {
  return problems
    .flatMap((file) => file.errors.map((d) => `  ${d.file ?? file.path}:${d.line ?? 1}:${d.column ?? 1}: ${d.message} (${d.rule})`))
    .join('\n');
}

/**
 * The repository config has problems: nothing runs on a config that may send a token to the
 * wrong place. A usage error (exit 2), its message listing every finding with its position.
 */
export class ConfigProblemsError extends UsageError {
  constructor(readonly problems: readonly FileResult[]) {
    const count = problems.reduce((n, file) => n + file.errors.length, 0);
    super(`${problems[0]?.path ?? 'flowkeeper.yaml'} has ${count} problem${count === 1 ? '' : 's'}:\n${describeConfigProblems(problems)}`, { code: 'config' });
  }
}
