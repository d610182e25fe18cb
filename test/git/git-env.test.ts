import { describe, expect, it } from '@jest/globals';
import { gitEnvironment } from '../../src/git/git-env.js';
import { TOKEN } from '../helpers/sandbox.js';

/** Names and whether a git child gets them, on Linux. */
const NAMES: ReadonlyArray<[string, boolean]> = [
  ['PATH', true],
  ['HOME', true],
  ['XDG_CONFIG_HOME', true],
  ['TMPDIR', true],
  ['LANG', true],
  ['LC_ALL', true],
  ['LC_CTYPE', true],
  ['GIT_DIR', true],
  ['GIT_WORK_TREE', true],
  ['GIT_CEILING_DIRECTORIES', true],
  ['GIT_CONFIG_GLOBAL', true],
  ['GIT_CONFIG_NOSYSTEM', true],
  ['GIT_CONFIG_COUNT', true],
  ['GIT_CONFIG_KEY_0', true],
  ['GIT_CONFIG_VALUE_0', true],
  ['GIT_CONFIG_PARAMETERS', true],
  ['FLOWKEEPER_TOKEN', false],
  ['FLOWKEEPER_API_URL', false],
  ['INPUT_API-TOKEN', false],
  ['INPUT_GITHUB-TOKEN', false],
  ['GITHUB_TOKEN', false],
  ['ACTIONS_RUNTIME_TOKEN', false],
  ['AWS_SECRET_ACCESS_KEY', false],
  ['NODE_DEBUG', false],
  ['NODE_OPTIONS', false],
  ['GIT_ASKPASS', false],
  ['GIT_SSH_COMMAND', false],
  ['GIT_TRACE', false],
  ['SSH_AUTH_SOCK', false],
  // Names are exact on Linux: `Path` is not PATH there.
  ['Path', false],
  ['path', false],
];

describe('gitEnvironment: an allowlist, not the parent environment', () => {
  it.each(NAMES)('%s: %s', (name, kept) => {
    expect(gitEnvironment({ [name]: 'value' }, 'linux')).toEqual(kept ? { [name]: 'value' } : {});
  });

  it('on Windows names match ignoring case, as the platform does, and keep their spelling', () => {
    const env = { Path: 'C:\\Git\\cmd', SystemRoot: 'C:\\Windows', USERPROFILE: 'C:\\Users\\me', ProgramData: 'C:\\ProgramData', flowkeeper_token: TOKEN, 'Input_Api-Token': TOKEN };
    expect(gitEnvironment(env, 'win32')).toEqual({ Path: 'C:\\Git\\cmd', SystemRoot: 'C:\\Windows', USERPROFILE: 'C:\\Users\\me', ProgramData: 'C:\\ProgramData' });
  });

  it('unset variables are left out', () => {
    expect(gitEnvironment({ PATH: '/bin', HOME: undefined }, 'linux')).toEqual({ PATH: '/bin' });
  });
});
