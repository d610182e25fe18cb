/** What a secret is replaced with wherever text leaves the client. */
export const REDACTED = '[REDACTED]';

/** Replaces a secret in text; the identity when there is no secret to hide. */
export type Redactor = (text: string) => string;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every spelling in which a secret may show up in text it did not write itself: as is, URL-encoded
 * (a proxy echoing a query), base64 in both alphabets with and without padding (a Basic header
 * echoed back) and JSON-escaped (a body quoting it).
 */
export function secretForms(secret: string): string[] {
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  const base64url = Buffer.from(secret, 'utf8').toString('base64url');
  const forms = [
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    base64,
    base64.replace(/=+$/, ''),
    base64url,
    JSON.stringify(secret).slice(1, -1),
  ];
  // Longest first, so a form that contains another is replaced whole.
  return [...new Set(forms)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * How many consecutive characters of a secret count as showing it: no output holds a run this
 * long, wherever the run comes from. A server that echoes half the token, or a message
 * cut after the token began, shows a run no whole-token match would find.
 */
export const LEAK_WINDOW = 12;

/**
 * The spellings that keep a secret's characters in order, so that part of the secret shows as
 * a run of the spelling: as is, URL-encoded and JSON-escaped. Base64 regroups the bits of every
 * three characters, so a piece of it spells no run of the secret: base64 is redacted whole.
 */
function orderedSpellings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), encodeURI(secret), JSON.stringify(secret).slice(1, -1)];
}

/** Every run of {@link LEAK_WINDOW} characters of the secrets' ordered spellings. */
function windowsOf(secrets: readonly string[]): Set<string> {
  const windows = new Set<string>();
  for (const spelling of secrets.flatMap(orderedSpellings)) {
    for (let i = 0; i + LEAK_WINDOW <= spelling.length; i++) windows.add(spelling.slice(i, i + LEAK_WINDOW));
  }
  return windows;
}

/** Replaces each stretch of text covered by windows of a secret with one {@link REDACTED}. */
function hideWindows(text: string, windows: ReadonlySet<string>, firsts: ReadonlySet<string>): string {
  const parts: string[] = [];
  let copied = 0;
  let start = -1;
  let end = -1;
  for (let i = 0; i + LEAK_WINDOW <= text.length; i++) {
    if (!firsts.has(text[i]!) || !windows.has(text.slice(i, i + LEAK_WINDOW))) continue;
    // Overlapping or touching windows make one stretch, so one marker and nothing between.
    if (i > end) {
      if (start >= 0) {
        parts.push(text.slice(copied, start), REDACTED);
        copied = end;
      }
      start = i;
    }
    end = i + LEAK_WINDOW;
  }
  if (start < 0) return text;
  parts.push(text.slice(copied, start), REDACTED, text.slice(end));
  return parts.join('');
}

/**
 * Builds a function that blanks out secrets in text: every form of a whole secret (see
 * {@link secretForms}), then every run of {@link LEAK_WINDOW} or more of its characters as is,
 * URL-encoded or JSON-escaped. Apply it before text is cut, quoted or formatted: a piece cut
 * from a secret is found by the second rule only while it is at least that long.
 *
 * Secrets shorter than {@link LEAK_WINDOW} are ignored: a token that short is refused anyway
 * (see src/token-rules.ts), and blanking out every `t` of a one-character token would mangle
 * every message (`h[REDACTED][REDACTED]p://`). Empty and unset secrets are ignored too.
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  const kept = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= LEAK_WINDOW))];
  if (kept.length === 0) return (text) => text;
  const forms = [...new Set(kept.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
  const windows = windowsOf(kept);
  const firsts = new Set([...windows].map((window) => window[0]!));
  return (text) => hideWindows(text.replace(pattern, REDACTED), windows, firsts);
}

/**
 * Shows a URL without the credentials it may carry (`https://user:pass@host` becomes
 * `https://***@host`). Text that does not parse as a URL is scrubbed with a pattern instead,
 * since a malformed URL can still hold a password.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '***';
    parsed.password = '';
    return parsed.href;
  } catch {
    // Up to the last `@`: a malformed URL's password may hold `/`, `?` or `#` unencoded, and
    // hiding too much of a broken URL is better than showing a secret.
    return url.replace(/(\/\/)[^@]*@/, '$1***@');
  }
}

/**
 * How every message and report shows an API URL: without the credentials it may carry (see
 * {@link redactUrl}), and without the token should it have been pasted into the URL (its path,
 * say). The token is looked for before the URL is parsed and after, since parsing re-encodes
 * some characters. One function, so that plan, sync and every error spell a URL alike.
 */
export function shownApiUrl(url: string, redact: Redactor): string {
  return redact(redactUrl(redact(url)));
}
