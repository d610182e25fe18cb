/**
 * flowkeeper's library: the flow model generated from schema/ and the pure engine that merges
 * a PUT body into a flow and validates the result as the API does.
 */
export { applyPatch } from './engine/merge.js';
export { defaultFlow } from './engine/defaults.js';
export { mergeAndValidate, validateFlow, validatePatch, type MergeOptions, type MergeResult } from './engine/validate.js';
export type { Diagnostic, Severity, ValidationResult } from './engine/diagnostic.js';
export { RULES, type RuleInfo } from './engine/rules/catalog.js';
export type * from './generated/types.js';
