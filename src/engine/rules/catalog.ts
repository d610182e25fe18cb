import type { Severity } from '../diagnostic.js';

/** What a rule checks, for docs, SARIF's `tool.driver.rules` and suppressions. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
}

/** Every rule flowkeeper reports, by stable id. */
export const RULES: readonly RuleInfo[] = [
  { id: 'type', severity: 'error', description: 'A value has the wrong JSON type (for example a string where a number belongs, or null where null is not allowed).' },
  { id: 'enum', severity: 'error', description: 'A value is not one of the documented values.' },
  { id: 'range', severity: 'error', description: 'A number is outside its documented range (attempt limits 1 to 5, minScore 0.52 to 0.9, searchMinScore 0.7 to 0.95, version at least 1).' },
  { id: 'required', severity: 'error', description: 'A field a complete flow (or a list item) must have is missing.' },
  { id: 'required-when', severity: 'error', description: 'A field required by another field is missing or empty: verification methods and document types when the document step is not skipped; apiUrl, apiTestType and apiTestValue when the integration source is API.' },
  { id: 'unknown-key', severity: 'error', description: 'A key the API does not know; usually a typo.' },
  { id: 'read-only', severity: 'error', description: 'A field the server owns (_id, createdAt, updatedAt, webhookUrl, redirectUrl) appears in an update.' },
  { id: 'non-empty', severity: 'error', description: 'A string or list that must not be empty is empty.' },
  { id: 'unique-name', severity: 'error', description: 'Two additional sign-up fields share a name.' },
  { id: 'object-id', severity: 'error', description: 'A flow id is not a 24-hex ObjectId; the server answers 400 to it.' },
  { id: 'extends', severity: 'error', description: 'extends is not a relative path or a list of them, or a base cannot be resolved (missing, outside the repository, or a cycle).' },
  { id: 'duplicate-id', severity: 'error', description: 'Two flow files name the same flow id; each sync would overwrite the other.' },
  { id: 'api-validation', severity: 'error', description: 'The API answered 422 for a flow; the entry is one of its details, mapped back to the file.' },
  { id: 'api-read', severity: 'error', description: 'A plan against the API could not read a flow (GET failed).' },
  { id: 'parse', severity: 'error', description: 'A flow file cannot be read as YAML or JSON.' },
  { id: 'file', severity: 'error', description: 'A path is refused as a flow file: its name holds control characters, it is a symlink leading outside the repository or to something other than a regular file, or it is a FIFO, socket, device or folder.' },
  { id: 'additional-fields-not-allowed', severity: 'warning', description: 'additionalFields lists fields while allowAdditionalFields is false, so they are not shown.' },
  { id: 'step-skipped-but-configured', severity: 'warning', description: 'A step is skipped although its section is configured; the configuration has no effect.' },
  { id: 'active-flow-verifies-nothing', severity: 'warning', description: 'An active flow skips both the document and the liveness step.' },
  { id: 'webhook-not-object-id', severity: 'warning', description: 'integrations.webhook is not a 24-hex webhook id (use null for no webhook).' },
  { id: 'insecure-url', severity: 'warning', description: 'A redirect or API URL uses plain http.' },
  { id: 'invalid-url', severity: 'warning', description: 'A redirect or API URL is not an absolute http(s) URL.' },
  { id: 'unused-api-settings', severity: 'warning', description: 'apiUrl or apiTestValue is set while the integration source is not API, so it is not used.' },
  { id: 'strategy-without-source', severity: 'warning', description: 'A blacklist strategy is set while the integration source is NONE, so there is no list to check.' },
  { id: 'duplicate-verification-method', severity: 'warning', description: 'A verification method is listed more than once.' },
  { id: 'invisible-character', severity: 'warning', description: 'A string value holds a control, bidirectional-override or invisible character (CVE-2021-42574), which makes it read differently from what it is.' },
];

/**
 * The README's table of every rule, each row anchored `rule-<id>` (SARIF's helpUri points there).
 * The rule's description is the code's own, so the README cannot drift from it.
 */
export function rulesTableMarkdown(): string {
  const rows = RULES.map((rule) => `| <a id="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.severity} | ${rule.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | severity | what it reports |', '| --- | --- | --- |', ...rows].join('\n');
}
