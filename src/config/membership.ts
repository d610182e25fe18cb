import nodePath from 'node:path';
import { discoverFlowFiles } from '../files/discover.js';
import { matchFlowPaths } from '../files/match-paths.js';
import { environmentPatterns } from './select-environment.js';
import type { RepositoryConfig } from './types.js';

/**
 * Which environment a flow file belongs to, by its path (relative to the working directory, or
 * absolute): the environment whose `files` name it, or undefined for a shared file (a base).
 * A file gone from the working tree (a removed flow in a plan) belongs where its path points.
 */
export type Membership = (path: string) => string | undefined;

/** The membership of every path under the config's environments (no two claim one file: the loader checks). */
export async function environmentMembership(config: RepositoryConfig, cwd: string): Promise<Membership> {
  const owners = config.environments.map((environment) => ({ name: environment.name, patterns: environmentPatterns(config, environment, cwd) }));
  const claimed = new Map<string, string>();
  for (const { name, patterns } of owners) {
    for (const file of await discoverFlowFiles(patterns, cwd).catch(() => [] as string[])) if (!claimed.has(file)) claimed.set(file, name);
  }
  return (path) => {
    const absolute = nodePath.resolve(cwd, path);
    return claimed.get(absolute) ?? owners.find(({ patterns }) => matchFlowPaths([absolute], patterns, cwd).length > 0)?.name;
  };
}
