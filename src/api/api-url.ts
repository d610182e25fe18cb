import { isIP } from 'node:net';
import { ApiConfigError } from './errors.js';
import { shownApiUrl, type Redactor } from './redact.js';

/** The path of the endpoint, under the API's base URL. */
const FLOWS_PATH = '/v3/project-flows/';
/** The path of the projects endpoint, under the API's base URL. */
const PROJECTS_PATH = '/v3/projects/';

/** True for hosts that never leave the machine: 127.0.0.0/8, localhost and [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/**
 * Checks the API's base URL (the host, without `/v3`) and returns it parsed. Only https is accepted,
 * except on loopback hosts (the sandbox), because the token would otherwise cross the network in
 * clear. Credentials, queries and fragments are refused: nothing but the flow id reaches a URL.
 * Messages show the URL as {@link shownApiUrl} does, with `redact` hiding the token, and call the
 * setting `name`: as the user gave it (`--api-url`, `the api-url input`), since `apiUrl` alone is
 * also a field of flows.
 */
export function parseApiUrl(apiUrl: string, redact: Redactor = (text) => text, name = 'apiUrl'): URL {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    // The parser's own error keeps the raw input, which may hold a password: it is left off as
    // the cause on purpose, and the message shows a redacted copy.
    throw new ApiConfigError(`${name} ${JSON.stringify(shownApiUrl(apiUrl, redact))} is not a valid URL; expected https://host[/path]`);
  }
  const shown = JSON.stringify(shownApiUrl(apiUrl, redact));
  if (url.username !== '' || url.password !== '') {
    throw new ApiConfigError(`${name} ${shown} contains credentials; remove them and pass the API token separately`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ApiConfigError(`${name} ${shown} must use https; plain http is allowed only for loopback hosts (127.0.0.1, localhost, [::1])`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ApiConfigError(`${name} ${shown} has a query or fragment; expected only scheme, host, port and path`);
  }
  return url;
}

/** The endpoint URL of one flow: the base URL's path, then `/v3/project-flows/`, then the encoded id. */
export function flowUrl(base: URL, id: string): string {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${FLOWS_PATH}${encodeURIComponent(id)}`;
  return url.href;
}

/** The endpoint URL of one project: the base URL's path, then `/v3/projects/`, then the encoded id. */
export function projectUrl(base: URL, id: string): string {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${PROJECTS_PATH}${encodeURIComponent(id)}`;
  return url.href;
}
