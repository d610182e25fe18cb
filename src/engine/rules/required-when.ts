/** What makes a field required: another field's value (the schema's `if`/`then` rules). */
export interface RequiredWhen {
  /** The field whose value triggers the rule. */
  trigger: string;
  /** The condition on the trigger, as a message says it. */
  when: string;
}

// The schema's cross-field rules (schema/flow.schema.json, allOf), by the field they require.
const RULES: Readonly<Record<string, RequiredWhen>> = {
  'documents.verificationMethods': { trigger: 'steps.document', when: 'is not skip' },
  'documents.documentTypes': { trigger: 'steps.document', when: 'is not skip' },
  'integrations.apiUrl': { trigger: 'integrations.source', when: 'is API' },
  'integrations.apiTestType': { trigger: 'integrations.source', when: 'is API' },
  'integrations.apiTestValue': { trigger: 'integrations.source', when: 'is API' },
};

/**
 * The field that makes `field` required, and when: a `required-when` finding whose field is not
 * written anywhere points there, since that is the line to change (or to complete).
 */
export function requiredWhen(field: string): RequiredWhen | undefined {
  return Object.hasOwn(RULES, field) ? RULES[field] : undefined;
}
