/**
 * How an edge spells each setting, so that one check in src/app speaks the user's language:
 * the CLI names its flags (`--base`), the action its inputs (`the base-ref input`).
 */
export interface SettingNames {
  /** Where the API URL comes from, as in "no API URL: set …". */
  apiUrl: string;
  /** Where the API token comes from, as in "no API token: set …". */
  token: string;
  /** The setting that names the base commit. */
  base: string;
  /** How to send every flow instead of the changed ones, as in "… or …". */
  sendAll: string;
  /** The setting that overrides the guard. */
  force: string;
  /** The limit on warnings. */
  maxWarnings: string;
  /** The number of flows in flight. */
  concurrency: string;
  /** The sync's overall deadline. */
  timeout: string;
  /** The setting that allows deletes, as in "not deleted (…)". */
  allowDelete: string;
  /** The setting that sends without reading each flow first. */
  blind: string;
  /** Where the token and the API URL come from, as in "the API refused the token; check …". */
  credentials: string;
}

/** The base commit a run compares with. */
export interface BaseSetting {
  /** A ref as the user gave it (a branch, a tag, a commit); undefined when none was given. */
  ref?: string;
  /** With no ref: compare with the merge base with the default branch (or HEAD), rather than with nothing. */
  mergeBaseByDefault: boolean;
}
