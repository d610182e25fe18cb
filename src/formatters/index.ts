import type { Formatter, PlanReport, SyncReport, ValidateReport } from '../reports/types.js';
import { planGithub, validateGithub } from './github.js';
import { planJson, validateJson } from './json.js';
import { planMarkdown } from './markdown.js';
import { planSarif, validateSarif } from './sarif.js';
import { planStylish, validateStylish } from './stylish.js';
import { syncJson } from './sync-json.js';
import { syncMarkdown } from './sync-markdown.js';
import { syncStylish } from './sync-stylish.js';

import { compareJson } from './compare-json.js';
import { compareMarkdown } from './compare-markdown.js';
import { compareStylish } from './compare-stylish.js';
import type { CompareReport } from '../reports/compare.js';

import { compareFormatNames, planFormatNames, syncFormatNames, validateFormatNames, type CompareFormat, type PlanFormat, type SyncFormat, type ValidateFormat } from './names.js';

export { compareFormatNames, planFormatNames, syncFormatNames, validateFormatNames, type CompareFormat, type PlanFormat, type SyncFormat, type ValidateFormat } from './names.js';

/** The lists of format names, by command. */
export const formatNames = { validate: validateFormatNames, plan: planFormatNames, sync: syncFormatNames, compare: compareFormatNames } as const;

/** Every formatter of a validation report, by format name. */
export const validateFormatters: Record<ValidateFormat, Formatter<ValidateReport>> = {
  stylish: validateStylish,
  json: validateJson,
  sarif: validateSarif,
  github: validateGithub,
};

/** Every formatter of a plan report, by format name. */
export const planFormatters: Record<PlanFormat, Formatter<PlanReport>> = {
  stylish: planStylish,
  json: planJson,
  markdown: planMarkdown,
  github: planGithub,
  sarif: planSarif,
};


/** Every formatter of a sync report, by format name. */
export const syncFormatters: Record<SyncFormat, Formatter<SyncReport>> = {
  stylish: syncStylish,
  json: syncJson,
  markdown: syncMarkdown,
};
/** Every formatter of a comparison of two environments, by format name. */
export const compareFormatters: Record<CompareFormat, Formatter<CompareReport>> = {
  stylish: compareStylish,
  json: compareJson,
  markdown: compareMarkdown,
};

/** Whether `name` is a format of `flowkeeper validate` (for checking user input). */
export function isValidateFormat(name: string): name is ValidateFormat {
  return (validateFormatNames as readonly string[]).includes(name);
}

/** Whether `name` is a format of `flowkeeper plan` (for checking user input). */
export function isPlanFormat(name: string): name is PlanFormat {
  return (planFormatNames as readonly string[]).includes(name);
}

export { planGithub, validateGithub } from './github.js';
export { planJson, validateJson } from './json.js';
export { planMarkdown } from './markdown.js';
export { artifactUri, FLOW_CHANGE_RULE_ID, planSarif, validateSarif, WEAKENS_RULE_ID } from './sarif.js';
export { planStylish, validateStylish } from './stylish.js';
export { escapeMarkdown, htmlCode, markdownCode, markdownCodeCell } from './markdown-escape.js';
export { escapeWorkflowData, escapeWorkflowProperty, workflowCommand, type WorkflowCommandName, type WorkflowCommandProperties } from './workflow-commands.js';
export { renderValue } from './render-value.js';
export { syncJson } from './sync-json.js';
export { syncMarkdown } from './sync-markdown.js';
export { syncStylish, syncSummaryText } from './sync-stylish.js';
export { compareJson } from './compare-json.js';
export { compareMarkdown } from './compare-markdown.js';
export { compareStylish } from './compare-stylish.js';
