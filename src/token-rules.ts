/**
 * The rules an API token obeys wherever flowkeeper accepts one: the client, `sync` and
 * `plan --api-url`, the action's api-token, and the sandbox's own tokens. One place, so that a
 * token the sandbox takes is one the client takes too.
 */

/**
 * The fewest characters a token may have. A real token is a JWT, hundreds of characters long;
 * anything under 16 is a placeholder (`dev`) or a slip. It also keeps redaction sound: outputs
 * are scrubbed of every run of 12 characters of the token (see src/api/redact.ts), so a token
 * must be longer than that run to be hidden, and a short one would be found all over unrelated
 * text.
 */
export const MIN_TOKEN_LENGTH = 16;

/**
 * Why `token` cannot be used, or undefined when it can. The message names `what` (the API
 * token, FLOWKEEPER_TOKEN, a sandbox token) and never quotes the token itself: control
 * characters or spaces would let it split the Authorization header, and a short one is refused
 * by its length.
 */
export function tokenProblem(token: unknown, what = 'the API token'): string | undefined {
  if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
    return `${what} is empty or holds spaces, control or non-ASCII characters; expected visible ASCII characters (a JWT)`;
  }
  if (token.length < MIN_TOKEN_LENGTH) {
    return `${what} is ${token.length} character${token.length === 1 ? '' : 's'} long; expected at least ${MIN_TOKEN_LENGTH} (a JWT)`;
  }
  return undefined;
}
