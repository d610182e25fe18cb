import { FLOW_MODEL } from '../generated/model.js';
import { hasOwn, isObject } from './json.js';
import type { ModelNode } from './model-node.js';

/** A rule over the effective before/after values of one field (defaults already applied). */
type WeakeningRule = (before: unknown, after: unknown) => boolean;

const STEP_RANK: Record<string, number> = { skip: 0, optional: 1, mandatory: 2 };

/** A step goes down the ladder mandatory → optional → skip. */
const stepLowered: WeakeningRule = (before, after) => {
  const from = typeof before === 'string' && hasOwn(STEP_RANK, before) ? STEP_RANK[before] : undefined;
  const to = typeof after === 'string' && hasOwn(STEP_RANK, after) ? STEP_RANK[after] : undefined;
  return from !== undefined && to !== undefined && to < from;
};

const numberDecreased: WeakeningRule = (before, after) =>
  typeof before === 'number' && typeof after === 'number' && after < before;

const numberIncreased: WeakeningRule = (before, after) =>
  typeof before === 'number' && typeof after === 'number' && after > before;

const switchedOff: WeakeningRule = (before, after) => before === true && after === false;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Some value of the list before is no longer in it after (order and additions do not matter). */
const memberRemoved: WeakeningRule = (before, after) => {
  const kept = new Set(asList(after));
  return asList(before).some((item) => !kept.has(item));
};

/** An identity (country, document category) was replaced by another in the same slot. */
const identityReplaced: WeakeningRule = (before, after) =>
  typeof before === 'string' && typeof after === 'string' && before !== after;

/** A list item (document type, configuration) existed before and is gone after. */
const itemRemoved: WeakeningRule = (before, after) => isObject(before) && after === undefined;

/** A weakening rule with the reason it exists, in the words the README's table shows. */
export interface WeakeningRuleDoc {
  /** Dot path with `*` for any list index. */
  field: string;
  /** What change of the field weakens verification. */
  when: string;
  /** Why a reviewer must see it. */
  why: string;
}

interface WeakeningEntry extends WeakeningRuleDoc {
  rule: WeakeningRule;
}

const HTTPS = /^https:\/\//i;
const HTTP = /^http:\/\//i;

/** A URL moves from https to plain http: its traffic (and any token in it) can be read and changed. */
const httpsDropped: WeakeningRule = (before, after) =>
  typeof before === 'string' && typeof after === 'string' && HTTPS.test(before.trim()) && HTTP.test(after.trim());

const STEP = 'goes down mandatory → optional → skip (absent means `skip`)';

/**
 * Every rule marks a change that lets a person through with less evidence than before, or sends
 * their data less safely, which is what a reviewer must see before such a flow is synced.
 */
const ENTRIES: readonly WeakeningEntry[] = [
  { field: 'steps.document', when: STEP, why: 'users can finish without a document', rule: stepLowered },
  { field: 'steps.liveness', when: STEP, why: 'users can finish without a selfie', rule: stepLowered },
  { field: 'liveness.minScore', when: 'is lowered', why: 'weaker liveness evidence is accepted', rule: numberDecreased },
  { field: 'liveness.searchMinScore', when: 'is lowered', why: 'looser face-search matches are accepted', rule: numberDecreased },
  { field: 'liveness.searchMode', when: '`ACCURATE` → `FAST`', why: 'FAST search trades match accuracy for speed', rule: (before, after) => before === 'ACCURATE' && after === 'FAST' },
  { field: 'documents.attemptLimit', when: 'is raised', why: 'more tries at passing with a fake document', rule: numberIncreased },
  { field: 'liveness.attemptLimit', when: 'is raised', why: 'more tries at passing with a fake face', rule: numberIncreased },
  { field: 'documents.screening', when: '`true` → `false`', why: 'a background check is switched off', rule: switchedOff },
  { field: 'documents.criminalHistoryVerification', when: '`true` → `false`', why: 'a background check is switched off', rule: switchedOff },
  { field: 'documents.informationVerification', when: '`true` → `false`', why: 'a background check is switched off', rule: switchedOff },
  { field: 'documents.verificationMethods', when: 'loses a method', why: 'a way the document is checked is gone', rule: memberRemoved },
  { field: 'integrations.strategy', when: '`blacklist` → `none`', why: 'listed people are no longer stopped', rule: (before, after) => before === 'blacklist' && after === 'none' },
  { field: 'integrations.redirectUrl', when: '`https://` → `http://`', why: 'the applicant is sent on over plain http', rule: httpsDropped },
  { field: 'integrations.apiUrl', when: '`https://` → `http://`', why: 'sign-ups are checked over plain http, readable and changeable on the way', rule: httpsDropped },
  // Replacing a country or category in place is a removal too (the old one is no longer
  // accepted there); a mere reorder is flagged as well, which errs on the side of review.
  { field: 'documents.documentTypes.*', when: 'an item is removed', why: 'which documents are accepted changes without an explicit "accept less"', rule: itemRemoved },
  { field: 'documents.documentTypes.*.country', when: 'is replaced', why: 'the old country is no longer accepted there', rule: identityReplaced },
  { field: 'documents.documentTypes.*.configurations.*', when: 'an item is removed', why: 'a document category is no longer accepted', rule: itemRemoved },
  { field: 'documents.documentTypes.*.configurations.*.documentCategory', when: 'is replaced', why: 'the old category is no longer accepted there', rule: identityReplaced },
  { field: 'documents.documentTypes.*.configurations.*.active', when: '`true` → `false` (absent means `true`)', why: 'a document category is switched off', rule: switchedOff },
];

/** The weakening rules, field by field, for documentation (README's "Severity of changes"). */
export const WEAKENING_RULES: readonly WeakeningRuleDoc[] = ENTRIES.map(({ field, when, why }) => ({ field, when, why }));

const RULES: ReadonlyMap<string, WeakeningRule> = new Map(ENTRIES.map((entry) => [entry.field, entry.rule]));

/** Rules on a list item that still look inside the item when it was not removed. */
const ITEM_RULES = new Set(['documents.documentTypes.*', 'documents.documentTypes.*.configurations.*']);

function patternOf(segments: readonly string[]): string {
  return segments.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');
}

function modelNodeAt(segments: readonly string[]): ModelNode | undefined {
  let node: ModelNode | undefined = FLOW_MODEL;
  for (const segment of segments) {
    if (!node) return undefined;
    node = /^\d+$/.test(segment) ? node.items : node.properties && hasOwn(node.properties, segment) ? node.properties[segment] : undefined;
  }
  return node;
}

/**
 * What a missing value stands for. The API fills missing fields with their documented default
 * (steps default to `skip`, so removing `steps.document` lowers it); a listed document
 * configuration without `active` is taken as accepted, since listing it is how it is accepted.
 */
function effective(segments: readonly string[], value: unknown): unknown {
  if (value !== undefined) return value;
  if (patternOf(segments) === 'documents.documentTypes.*.configurations.*.active') return true;
  const node = modelNodeAt(segments);
  return node && hasOwn(node, 'default') ? node.default : undefined;
}

function childKeys(before: unknown, after: unknown): string[] {
  const keys: string[] = [];
  const add = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const side of [before, after]) {
    if (Array.isArray(side)) side.forEach((_, index) => add(String(index)));
    else if (isObject(side)) Object.keys(side).forEach(add);
  }
  return keys;
}

function childOf(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value[Number(key)];
  return isObject(value) && hasOwn(value, key) ? value[key] : undefined;
}

function weakensAt(segments: string[], before: unknown, after: unknown): boolean {
  const pattern = patternOf(segments);
  const rule = RULES.get(pattern);
  if (rule && rule(effective(segments, before), effective(segments, after))) return true;
  if (rule && !ITEM_RULES.has(pattern)) return false;
  // A change reported above the leaves (a whole section added, removed or replaced) weakens
  // when any leaf inside it does, so look inside with the same rules.
  if (!isContainer(before) && !isContainer(after)) return false;
  return childKeys(before, after).some((key) => weakensAt([...segments, key], childOf(before, key), childOf(after, key)));
}

function isContainer(value: unknown): boolean {
  return Array.isArray(value) || isObject(value);
}

/**
 * Whether changing `field` (a dot path with numeric indexes, as in diagnostics) from `before` to
 * `after` lowers the bar of verification. `undefined` means the field is absent and stands for
 * its documented default. A change to a whole section or list item is judged by the leaves in it.
 */
export function weakensVerification(field: string, before: unknown, after: unknown): boolean {
  return weakensAt(field === '' ? [] : field.split('.'), before, after);
}
