/**
 * One environment of the repository config (`flowkeeper.yaml`): a project on the vendor's side
 * with its own flow ids, API URL and token.
 */
export interface EnvironmentConfig {
  /** A non-empty identifier, the key under `environments`. */
  name: string;
  /** The API's base URL for this environment; a token of this environment goes nowhere else. */
  apiUrl: string;
  /** The name of the environment variable holding this environment's token. */
  tokenEnv: string;
  /** This environment's flow files: folders, files or globs, relative to the config's folder. */
  files: string[];
  /** The guard's largest share of flows changing at once, for this environment; optional. */
  maxChangeShare?: number;
}

/** The repository config, read and checked. */
export interface RepositoryConfig {
  /** The config file's absolute path. */
  path: string;
  /** The folder holding it (the repository root): `files` are relative to it. */
  root: string;
  /** In the order the file lists them. */
  environments: EnvironmentConfig[];
}
