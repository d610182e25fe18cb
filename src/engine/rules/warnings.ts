import { countOf } from '../../count-of.js';
import { defaultFlow } from '../defaults.js';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { isObject, jsonEqual, quote, type JsonObject } from '../json.js';
import { invisibleCharacterWarnings } from './invisible.js';

const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
// Read once: warnings compare sections with their defaults on every call.
const defaults = defaultFlow() as unknown as JsonObject;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function section(flow: JsonObject, key: string): JsonObject {
  const value = flow[key];
  return isObject(value) ? value : {};
}

function warn(field: string, rule: string, message: string): Diagnostic {
  return diagnostic(field, message, rule, 'warning');
}

function differsFromDefaults(value: JsonObject, defaults: JsonObject): boolean {
  return Object.keys(defaults).some((key) => key in value && !jsonEqual(value[key], defaults[key]));
}

type UrlVerdict = 'ok' | 'invalid' | 'insecure' | 'not-http';

// Verdicts by URL: flows of one repository share a few URLs, and parsing one is the costliest
// step of the warnings. Bounded, so a repository of ever new URLs stops adding, not growing.
const urlVerdicts = new Map<string, UrlVerdict>();
const MAX_URL_VERDICTS = 1000;

function judgeUrl(value: string): UrlVerdict {
  let verdict = urlVerdicts.get(value);
  if (verdict !== undefined) return verdict;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url) verdict = 'invalid';
  else if (url.protocol === 'http:') verdict = LOOPBACK.has(url.hostname) ? 'ok' : 'insecure';
  else verdict = url.protocol === 'https:' ? 'ok' : 'not-http';
  if (urlVerdicts.size < MAX_URL_VERDICTS) urlVerdicts.set(value, verdict);
  return verdict;
}

function urlWarnings(field: string, value: unknown): Diagnostic[] {
  if (typeof value !== 'string' || value === '') return [];
  switch (judgeUrl(value)) {
    case 'invalid':
      return [warn(field, 'invalid-url', `${field} is ${quote(value)}; expected an absolute https URL`)];
    case 'insecure':
      return [warn(field, 'insecure-url', `${field} is ${quote(value)}, plain http; expected https so the data is encrypted in transit`)];
    case 'not-http':
      return [warn(field, 'invalid-url', `${field} is ${quote(value)}; expected an https URL`)];
    default:
      return [];
  }
}

/**
 * What the API accepts but is probably a mistake. Runs on any value, valid or not, and
 * looks only at fields whose type is right.
 */
export function flowWarnings(flow: unknown): Diagnostic[] {
  if (!isObject(flow)) return [];
  const out: Diagnostic[] = [];
  const form = section(flow, 'signUpForm');
  const documents = section(flow, 'documents');
  const liveness = section(flow, 'liveness');
  const steps = section(flow, 'steps');
  const integrations = section(flow, 'integrations');

  if (Array.isArray(form.additionalFields) && form.additionalFields.length > 0 && form.allowAdditionalFields === false) {
    out.push(warn('signUpForm.allowAdditionalFields', 'additional-fields-not-allowed',
      `signUpForm.additionalFields lists ${countOf(form.additionalFields.length, 'field')} but signUpForm.allowAdditionalFields is false, so ${form.additionalFields.length === 1 ? 'it is not shown; set it to true or remove the field' : 'they are not shown; set it to true or remove them'}`));
  }
  if (steps.document === 'skip' && differsFromDefaults(documents, section(defaults, 'documents'))) {
    out.push(warn('steps.document', 'step-skipped-but-configured', 'steps.document is "skip" but the documents section is configured; the document checks will not run'));
  }
  if (steps.liveness === 'skip' && differsFromDefaults(liveness, section(defaults, 'liveness'))) {
    out.push(warn('steps.liveness', 'step-skipped-but-configured', 'steps.liveness is "skip" but the liveness section is configured; the liveness check will not run'));
  }
  if (flow.status === 'active' && steps.document === 'skip' && steps.liveness === 'skip') {
    out.push(warn('steps', 'active-flow-verifies-nothing', 'the flow is active but skips both the document and the liveness step, so it verifies no identity'));
  }
  if (Array.isArray(documents.verificationMethods)) {
    const seen = new Set<unknown>();
    documents.verificationMethods.forEach((method, index) => {
      if (seen.has(method)) {
        out.push(warn(`documents.verificationMethods.${index}`, 'duplicate-verification-method', `documents.verificationMethods.${index} is ${quote(method)}, listed already; expected each method once`));
      }
      seen.add(method);
    });
  }
  if (typeof integrations.webhook === 'string' && !OBJECT_ID.test(integrations.webhook)) {
    out.push(warn('integrations.webhook', 'webhook-not-object-id',
      `integrations.webhook is ${quote(integrations.webhook)}; expected a 24-hex webhook id, or null for no webhook`));
  }
  out.push(...urlWarnings('integrations.redirectUrl', integrations.redirectUrl));
  if (integrations.source === 'API') {
    out.push(...urlWarnings('integrations.apiUrl', integrations.apiUrl));
  } else if (typeof integrations.source === 'string') {
    for (const key of ['apiUrl', 'apiTestValue'] as const) {
      const value = integrations[key];
      if (typeof value === 'string' && value !== '') {
        out.push(warn(`integrations.${key}`, 'unused-api-settings', `integrations.${key} is set but integrations.source is ${quote(integrations.source)}, so it is not used`));
      }
    }
  }
  if (integrations.strategy === 'blacklist' && integrations.source === 'NONE') {
    out.push(warn('integrations.strategy', 'strategy-without-source', 'integrations.strategy is "blacklist" but integrations.source is "NONE", so there is no list to check against'));
  }
  out.push(...invisibleCharacterWarnings(flow));
  return out;
}
