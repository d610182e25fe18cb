import { weakensVerification } from '../../src/engine/diff.js';

const passport = { active: true, documentCategory: 'passport', documentTemplates: [] };
const governmentId = { active: true, documentCategory: 'government_id', documentTemplates: [] };
const unitedStates = { country: 'United States', configurations: [governmentId, passport] };
const canada = { country: 'Canada', configurations: [passport] };

interface WeakensRow {
  field: string;
  before: unknown;
  after: unknown;
  weakens: boolean;
}

const row = (field: string, before: unknown, after: unknown, weakens: boolean): WeakensRow => ({ field, before, after, weakens });

const WEAKENS_ROWS: WeakensRow[] = [
  row('steps.document', 'mandatory', 'optional', true),
  row('steps.document', 'mandatory', 'skip', true),
  row('steps.document', 'optional', 'skip', true),
  row('steps.document', 'optional', 'mandatory', false),
  row('steps.document', 'skip', 'optional', false),
  row('steps.document', 'mandatory', undefined, true),
  row('steps.document', 'optional', undefined, true),
  row('steps.document', undefined, 'skip', false),
  row('steps.document', undefined, 'optional', false),
  row('steps.liveness', 'mandatory', 'optional', true),
  row('steps.liveness', 'skip', 'mandatory', false),
  row('steps.liveness', 'mandatory', 'bogus', false),
  row('liveness.minScore', 0.7, 0.6, true),
  row('liveness.minScore', 0.6, 0.7, false),
  row('liveness.minScore', 0.7, undefined, true),
  row('liveness.minScore', undefined, 0.6, true),
  row('liveness.minScore', undefined, 0.7, false),
  row('liveness.minScore', '0.7', '0.6', false),
  row('liveness.searchMinScore', 0.9, 0.85, true),
  row('liveness.searchMinScore', 0.85, 0.9, false),
  row('liveness.searchMode', 'ACCURATE', 'FAST', true),
  row('liveness.searchMode', 'FAST', 'ACCURATE', false),
  row('liveness.searchMode', 'ACCURATE', undefined, true),
  row('liveness.searchMode', undefined, 'FAST', false),
  row('documents.attemptLimit', 3, 5, true),
  row('documents.attemptLimit', 5, 3, false),
  row('documents.attemptLimit', undefined, 4, true),
  row('documents.attemptLimit', 1, undefined, true),
  row('liveness.attemptLimit', 2, 3, true),
  row('liveness.attemptLimit', 3, 2, false),
  row('documents.screening', true, false, true),
  row('documents.screening', true, undefined, true),
  row('documents.screening', false, true, false),
  row('documents.screening', undefined, false, false),
  row('documents.criminalHistoryVerification', true, false, true),
  row('documents.informationVerification', true, false, true),
  row('documents.informationVerification', false, true, false),
  row('documents.verificationMethods', ['SCAN_PROMPT', 'SCAN_STUDIO'], ['SCAN_STUDIO'], true),
  row('documents.verificationMethods', ['SCAN_PROMPT'], ['SCAN_STUDIO', 'SCAN_PROMPT'], false),
  row('documents.verificationMethods', ['SCAN_PROMPT'], undefined, true),
  row('documents.verificationMethods', undefined, ['SCAN_PROMPT'], false),
  row('integrations.strategy', 'blacklist', 'none', true),
  row('integrations.strategy', 'blacklist', undefined, true),
  row('integrations.strategy', 'none', 'blacklist', false),
  row('integrations.source', 'API', 'NONE', false),
  row('documents.documentTypes.0', unitedStates, undefined, true),
  row('documents.documentTypes.3', undefined, unitedStates, false),
  row('documents.documentTypes.0', unitedStates, { ...unitedStates, configurations: [governmentId] }, true),
  row('documents.documentTypes.0', canada, { ...canada, configurations: [passport, governmentId] }, false),
  row('documents.documentTypes.0.country', 'Canada', 'Mexico', true),
  row('documents.documentTypes.0.configurations.1', passport, undefined, true),
  row('documents.documentTypes.0.configurations.1', undefined, passport, false),
  row('documents.documentTypes.2.configurations.0.documentCategory', 'passport', 'government_id', true),
  row('documents.documentTypes.0.configurations.0.active', true, false, true),
  row('documents.documentTypes.0.configurations.0.active', undefined, false, true),
  row('documents.documentTypes.0.configurations.0.active', true, undefined, false),
  row('documents.documentTypes.0.configurations.0.active', false, true, false),
  row('documents.documentTypes', [unitedStates], [], true),
  row('documents.documentTypes', [], [canada], false),
  // Changes above the leaves are judged by the leaves inside them.
  row('steps', { document: 'mandatory' }, undefined, true),
  row('steps', { document: 'mandatory' }, null, true),
  row('steps', { document: 'optional' }, { document: 'mandatory' }, false),
  row('liveness', { minScore: 0.7 }, { minScore: 0.8, searchMinScore: 0.9 }, false),
  row('documents', { screening: true }, {}, true),
  row('', { integrations: { strategy: 'blacklist' } }, undefined, true),
  row('', undefined, { integrations: { strategy: 'blacklist' } }, false),
  // Fields that say nothing about verification strength.
  row('status', 'active', 'paused', false),
  row('signUpForm.email', true, false, false),
  row('integrations.redirectUrl', 'https://a.example', '', false),
  row('documents.documentTypes.0.configurations.0.documentTemplates', [{}], [], false),
];

describe('weakensVerification', () => {
  test.each(WEAKENS_ROWS)('$field: $before → $after is $weakens', ({ field, before, after, weakens }) => {
    expect(weakensVerification(field, before, after)).toBe(weakens);
  });
});
