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

/**
 * Why each field is on this list: every rule marks a change that lets a person through with less
 * evidence than before, which is what a reviewer must see before such a flow is synced.
 * Keys are dot paths with `*` for any list index.
 */
const RULES: ReadonlyMap<string, WeakeningRule> = new Map<string, WeakeningRule>([
  // Making a step optional or skipping it lets users finish without a document or a selfie.
  ['steps.document', stepLowered],
  ['steps.liveness', stepLowered],
  // A lower threshold accepts weaker liveness evidence and looser face-search matches.
  ['liveness.minScore', numberDecreased],
  ['liveness.searchMinScore', numberDecreased],
  // FAST search trades match accuracy for speed.
  ['liveness.searchMode', (before, after) => before === 'ACCURATE' && after === 'FAST'],
  // More attempts give a fraudster more tries at passing with a fake.
  ['documents.attemptLimit', numberIncreased],
  ['liveness.attemptLimit', numberIncreased],
  // Each of these switches off a background check on the person.
  ['documents.screening', switchedOff],
  ['documents.criminalHistoryVerification', switchedOff],
  ['documents.informationVerification', switchedOff],
  // Dropping a capture method removes a way the document is checked (SCAN_STUDIO, for one).
  ['documents.verificationMethods', memberRemoved],
  // No longer checking sign-ups against the blacklist lets listed people through.
  ['integrations.strategy', (before, after) => before === 'blacklist' && after === 'none'],
  // A removed document type or category, or one switched inactive, changes which documents
  // are accepted without a reviewer seeing an explicit "accept less" — flag it so they look.
  // Replacing a country or category in place is a removal too (the old one is no longer
  // accepted there); a mere reorder is flagged as well, which errs on the side of review.
  ['documents.documentTypes.*', itemRemoved],
  ['documents.documentTypes.*.country', identityReplaced],
  ['documents.documentTypes.*.configurations.*', itemRemoved],
  ['documents.documentTypes.*.configurations.*.documentCategory', identityReplaced],
  ['documents.documentTypes.*.configurations.*.active', switchedOff],
]);

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
