/**
 * The variables a git child process is given, by name: what git reads to find the program and
 * its helpers, the repository, its configuration, a temporary folder and a language. The rule is
 * an allowlist, never the parent's environment: FLOWKEEPER_TOKEN, the action's INPUT_* (its
 * api-token among them) and whatever else a CI job exports stay in this process, so neither git
 * nor `NODE_DEBUG=child_process` (which prints the environment of every child) sees them.
 */
const NAMES = new Set([
  // Finding git, and running it on Windows.
  'PATH',
  'PATHEXT',
  'SYSTEMROOT',
  'WINDIR',
  // The user's global configuration (~/.gitconfig, $XDG_CONFIG_HOME/git/config, Git for
  // Windows's %PROGRAMDATA%\Git\config): safe.directory, core.* settings.
  'HOME',
  'USERPROFILE',
  'HOMEDRIVE',
  'HOMEPATH',
  'XDG_CONFIG_HOME',
  'PROGRAMDATA',
  // A temporary folder, and the language of messages and the encoding of paths.
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LANGUAGE',
  // Where the repository is, when the caller says rather than git's discovery from cwd.
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_NAMESPACE',
  'GIT_REPLACE_REF_BASE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_EXEC_PATH',
  'GIT_OPTIONAL_LOCKS',
]);

/**
 * Prefixes of further names: the locale's categories, and git's configuration from the
 * environment (GIT_CONFIG, GIT_CONFIG_GLOBAL, GIT_CONFIG_SYSTEM, GIT_CONFIG_NOSYSTEM,
 * GIT_CONFIG_COUNT with GIT_CONFIG_KEY_n and GIT_CONFIG_VALUE_n, and GIT_CONFIG_PARAMETERS, which
 * carries `git -c`), which a job may use for safe.directory in a container.
 */
const PREFIXES = ['LC_', 'GIT_CONFIG'];

/**
 * The environment of a git child: the variables of `env` that {@link NAMES} and
 * {@link PREFIXES} allow, and no other. Names are matched as the platform does: exactly, or
 * ignoring case on Windows (where `Path` is `PATH`).
 */
export function gitEnvironment(env: Readonly<Record<string, string | undefined>> = process.env, platform: NodeJS.Platform = process.platform): Record<string, string> {
  const allowed: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const key = platform === 'win32' ? name.toUpperCase() : name;
    if (NAMES.has(key) || PREFIXES.some((prefix) => key.startsWith(prefix))) allowed[name] = value;
  }
  return allowed;
}
