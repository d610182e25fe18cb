import { describe, expect, it } from '@jest/globals';
import { inputVariable, parseOutputFile, runAction, runnerCommands } from '../helpers/run-action.js';

// The pieces of test/helpers/run-action.ts that stand in for the runner, checked on their own.

describe('runAction never lets a run reach beyond this machine', () => {
  it.each([
    [{ github: { url: 'https://api.github.com' } }, 'GITHUB_API_URL https://api.github.com is not a loopback address'],
    [{ env: { GITHUB_API_URL: 'http://10.0.0.1:8080' } }, 'GITHUB_API_URL http://10.0.0.1:8080 is not a loopback address'],
    [{ inputs: { 'api-url': 'https://api.example.com' } }, 'input api-url https://api.example.com is not a loopback address'],
  ])('%j is refused before anything starts', async (options, message) => {
    await expect(runAction({ github: { url: 'http://127.0.0.1:9' }, workspace: '/nonexistent', event: { name: 'push', payload: {} }, ...options })).rejects.toThrow(message);
  });
});

describe('the runner conventions', () => {
  it('INPUT_ names: upper case, spaces as underscores, dashes kept', () => {
    expect(['mode', 'max-warnings', 'api-token', 'github-token', 'a b'].map(inputVariable)).toEqual(['INPUT_MODE', 'INPUT_MAX-WARNINGS', 'INPUT_API-TOKEN', 'INPUT_GITHUB-TOKEN', 'INPUT_A_B']);
  });

  it('GITHUB_OUTPUT: heredoc blocks (also multi-line and empty) and name=value lines', () => {
    const text = 'valid<<ghadelimiter_1\ntrue\nghadelimiter_1\nlist<<EOF\na\nb\nEOF\nempty<<X\nX\nplain=1=2\n';
    expect(parseOutputFile(text)).toEqual({ valid: 'true', list: 'a\nb', empty: '', plain: '1=2' });
    expect(() => parseOutputFile('open<<EOF\nnever closed\n')).toThrow('open has no closing delimiter');
  });

  it('workflow commands between ::stop-commands::T and ::T:: are not obeyed', () => {
    const log = ['::notice::one', '::stop-commands::t0k3n', '::error::ignored', '  ::add-mask::ignored', '::t0k3n::', '  ::warning file=a.yaml::two'].join('\n');
    expect(runnerCommands(log)).toEqual([
      { command: 'notice', properties: {}, data: 'one' },
      { command: 'warning', properties: { file: 'a.yaml' }, data: 'two' },
    ]);
  });
});
