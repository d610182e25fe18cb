import { UsageError } from '../errors.js';
import { defaultBaseRef, resolveCommit } from '../git/run-git.js';
import type { BaseSetting, SettingNames } from './settings.js';

/** The base commit as a run found it. */
export interface ResolvedBase {
  /** The commit; undefined when there is none to compare with. */
  commit?: string;
  /** How the report names the base: the ref as given, the default one found (`the merge base with origin/main`), or why there is none. */
  label: string;
  /** Something the reader should know about the base, such as a commit a shallow clone lacks. */
  note?: string;
}

/** What a base ref that names no commit here means for the run. */
export type MissingBase = 'error' | 'note';

const FETCH_HINT = 'A shallow clone lacks older commits: fetch them (git fetch --unshallow, or actions/checkout with fetch-depth: 0)';

/**
 * Finds the commit a run compares with. A ref that names no commit is a usage error when the run
 * depends on it (`missing: 'error'`), else a note and no base, so every flow counts as new.
 * `sendAll` says, for an error, how to run without the base.
 */
export async function resolveBase(setting: BaseSetting, cwd: string, missing: MissingBase, names: SettingNames, sendAll?: string): Promise<ResolvedBase> {
  if (setting.ref === undefined) {
    if (!setting.mergeBaseByDefault) return { label: '(none)' };
    const found = await defaultBaseRef(cwd);
    return found ? { commit: found.commit, label: found.name } : { label: '(no commits)' };
  }
  const commit = await resolveCommit(setting.ref, cwd);
  if (commit) return { commit, label: setting.ref };
  const what = `${names.base} ${setting.ref} is not a commit in this repository`;
  if (missing === 'error') {
    throw new UsageError(sendAll ? `${what}, so the changed flows are unknown and nothing was sent. ${FETCH_HINT}, or ${sendAll}.` : `${what}. ${FETCH_HINT}.`);
  }
  const sentence = `${what}, so every flow counts as new. ${FETCH_HINT} to compare with it.`;
  return { label: '(base not fetched)', note: sentence[0]!.toUpperCase() + sentence.slice(1) };
}
