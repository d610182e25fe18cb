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
 * Builds a function that blanks out every form of the given secrets (see {@link secretForms}).
 * Empty secrets are ignored, so an unset token does not turn every message into noise.
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  const forms = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length > 0).flatMap(secretForms))];
  if (forms.length === 0) return (text) => text;
  forms.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
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
