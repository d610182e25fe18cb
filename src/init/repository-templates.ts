/**
 * The repository files `flowkeeper init` writes besides flows and workflows: the config, the
 * .gitignore line for the validation cache and the pre-commit config. Held as data in the bundle.
 */
import { VERSION } from '../version.js';

/** The file `validate --cache` writes by default (src/cli/commands/validate.ts): one plain file. */
export const CACHE_FILE = '.flowkeeper-cache';

/** The `.gitignore` line that keeps the cache out of commits, in any folder it is run from (a file, so no trailing slash). */
export const GITIGNORE_LINE = CACHE_FILE;

/** A new `.gitignore`: the cache's line, with why. */
export const GITIGNORE = `# flowkeeper validate --cache keeps its results here; they belong to this machine, not the repository.
${GITIGNORE_LINE}
`;

/** One environment of a new config. */
export interface ConfigEnvironment {
  name: string;
  apiUrl: string;
  tokenEnv: string;
  /** The environment's folder of thin flow files (envs/<name>). */
  folder: string;
}

/**
 * The placeholder API URL of an environment: https, under the reserved `.invalid` top-level
 * domain (RFC 2606), so a token can reach no server before someone writes the real URL in.
 */
export function placeholderApiUrl(name: string): string {
  return `https://${name.toLowerCase().replace(/_/g, '-')}.api.example.invalid`;
}

/** The variable (and, in CI, the secret) holding an environment's token: FLOWKEEPER_<NAME>_TOKEN. */
export function tokenEnvOf(name: string): string {
  return `FLOWKEEPER_${name.toUpperCase().replace(/-/g, '_')}_TOKEN`;
}

/** `flowkeeper.yaml` with these environments, each with a placeholder URL to replace. */
export function configFile(environments: readonly ConfigEnvironment[]): string {
  const entries = environments.map((environment) => `  ${environment.name}:
    apiUrl: ${environment.apiUrl}   # replace: ${environment.name}'s API base URL
    tokenEnv: ${environment.tokenEnv}   # the variable holding ${environment.name}'s token
    files: [${environment.folder}]`);
  return `# yaml-language-server: $schema=https://flowkeeper.dev/schema/config.schema.json
#
# The environments this repository drives: one vendor project each, with its own flow ids, API
# URL and token. Shared definitions live in flows/ (id-less bases); each environment's folder
# holds thin files with its own ids and overrides. A token is sent only to its own environment's
# apiUrl, read from the variable tokenEnv names (in CI, pass the secret of that name).
# \`--env NAME\` selects one environment; without it, validate and plan cover them all.
environments:
${entries.join('\n')}
`;
}

/** The pre-commit hook's repository, as the README's pre-commit section gives it. */
export const PRE_COMMIT_REPOSITORY = 'https://github.com/flowkeeper/flowkeeper';

/**
 * `.pre-commit-config.yaml`: the flowkeeper hook, at this version's tag, whose entry runs
 * `npx flowkeeper@VERSION` (the release workflow holds the hook's version to the tag's).
 */
export const PRE_COMMIT_CONFIG = `# pre-commit (https://pre-commit.com): validate the staged flow files and flowkeeper.yaml before
# each commit, with positions (file:line:column). Once per clone: \`pre-commit install\`.
# The hook runs \`npx flowkeeper@${VERSION}\` (Node.js on PATH): from node_modules when flowkeeper
# ${VERSION} is a devDependency, else fetched once into npm's cache. Keep rev and that devDependency
# at one version: a devDependency at another version is not used.
repos:
  - repo: ${PRE_COMMIT_REPOSITORY}
    rev: v${VERSION}
    hooks:
      - id: flowkeeper-validate
`;
