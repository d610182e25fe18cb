/**
 * Replaces `process.env` with a plain object holding the same variables. The yaml parser reads
 * `process.env` once per token, and a plain object is far cheaper to read than Node's
 * environment proxy; parsing is most of a validate run. Only entry points call this (the CLI's
 * bin, the action's index, a validation worker): a library must not swap its host's environment.
 */
export function usePlainEnv(): void {
  process.env = { ...process.env };
}
