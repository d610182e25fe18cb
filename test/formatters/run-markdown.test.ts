import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { publish, type CoreLike } from '../../src/action/publish.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { COMMENT_BUDGET, SUMMARY_BUDGET } from '../../src/formatters/report-budget.js';
import { reportMarkdown } from '../../src/formatters/run-markdown.js';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';
import type { FileResult, RunReport } from '../../src/reports/types.js';
import { renderMarkdown } from '../helpers/render-markdown.js';
import { expectGolden, PLAIN } from './golden.js';
import { risksInReport } from './report-html.js';
import { activeBody, brokenFile, flowPlan, ORDINARY, scenario, WEAKENED } from './report-scenario.js';

const MARKER = '<!-- flowkeeper:pr-comment -->';
const comment = (report: RunReport) => reportMarkdown(report, PLAIN, COMMENT_BUDGET, MARKER);
const paragraphs = (markdown: string) => [...renderMarkdown(markdown).querySelectorAll('p')].map((p) => p.textContent ?? '');
const valid = (p: string): FileResult => ({ path: p, id: null, valid: true, errors: [], warnings: [] });

const ID = { kyc: '64a1b2c3d4e5f6789012346', old: '64c1b2c3d4e5f6789012341', retail: '64d1b2c3d4e5f6789012342', partner: '64e1b2c3d4e5f6789012343' };

/**
 * A realistic pull request: flows/kyc.yaml (active) weakened with an ordinary change beside it,
 * flows/old.yaml (active) deleted, flows/partner.yaml new and invalid, flows/retail.yaml given a
 * new redirect, and a valid file untouched.
 */
function realistic(): RunReport {
  const kyc = activeBody();
  const retail = activeBody({ integrations: { redirectUrl: 'https://shop.example/lifestyle:promo#start' } });
  const old = activeBody();
  const partner: FileResult = {
    path: 'flows/partner.yaml',
    id: ID.partner,
    valid: false,
    errors: [{ field: 'liveness.minScore', message: 'liveness.minScore is 0.95; expected a number from 0.52 to 0.9', severity: 'error', rule: 'range', file: 'flows/partner.yaml', line: 6, column: 13 }],
    warnings: [{ field: 'integrations.redirectUrl', message: 'integrations.redirectUrl is "http://partner.example/done"; expected an https:// URL', severity: 'warning', rule: 'insecure-url', file: 'flows/partner.yaml', line: 9, column: 16 }],
  };
  const files = [valid('flows/kyc.yaml'), partner, valid('flows/retail.yaml'), valid('flows/steady.yaml')];
  const planned = (p: string, id: string, body: Record<string, unknown>): PlannedFlow => ({ path: p, id, body: body as PlannedFlow['body'], status: String(body.status) });
  return {
    validation: { files, summary: { files: 4, valid: 3, invalid: 1, errors: 1, warnings: 1 } },
    plan: {
      report: {
        base: 'origin/main',
        flows: [flowPlan('flows/kyc.yaml', ID.kyc, kyc, WEAKENED(kyc)), flowPlan('flows/old.yaml', ID.old, old, undefined), flowPlan('flows/retail.yaml', ID.retail, retail, ORDINARY(retail))],
        files: [partner],
      },
      before: [planned('flows/kyc.yaml', ID.kyc, kyc), planned('flows/old.yaml', ID.old, old), planned('flows/retail.yaml', ID.retail, retail)],
      after: [planned('flows/kyc.yaml', ID.kyc, WEAKENED(kyc)), planned('flows/retail.yaml', ID.retail, ORDINARY(retail))],
    },
    notes: [],
    exit: 'findings',
  };
}

describe('regressions of the pull-request comment (issue 16)', () => {
  test('verdict-says-valid-when-an-active-flow-is-weakened', () => {
    const kyc = activeBody();
    const report: RunReport = {
      validation: { files: ['a', 'b', 'c', 'd', 'kyc'].map((name) => valid(`flows/${name}.yaml`)), summary: { files: 5, valid: 5, invalid: 0, errors: 0, warnings: 0 } },
      plan: { report: { base: 'origin/main', flows: [flowPlan('flows/kyc.yaml', ID.kyc, kyc, WEAKENED(kyc))], files: [] }, before: [], after: [] },
      notes: [],
      exit: 'ok',
    };
    const [verdict, validation] = paragraphs(comment(report));
    expect(verdict).toBe('⚠️ Review: 1 active flow weakened by 2 changes');
    expect(validation).toBe('5 files valid');
    expect(comment(report)).not.toContain('✅');
  });

  test('volume-drops-the-weakening-changes: 500 changed flows, every risky one named with its count', () => {
    const { report, risky } = scenario(500);
    const seen = risksInReport(renderMarkdown(comment(report)));
    for (const [flow, expected] of risky) expect([flow, seen.get(flow)]).toEqual([flow, expected]);
  });

  test('volume-drops-the-weakening-changes: under 2,000 errors the one weakening change is still shown', () => {
    const { report } = scenario(1, { broken: 2000 });
    const html = renderMarkdown(comment(report));
    const row = [...html.querySelectorAll('tr')].find((r) => r.children[1]?.textContent === 'steps.liveness');
    expect(row && [...row.children].map((cell) => cell.textContent)).toEqual(['⚠️ weakens', 'steps.liveness', '"mandatory"', '"skip"']);
  });

  test('errors-listed-twice: a file that cannot be planned is listed once', () => {
    const text = renderMarkdown(comment(realistic())).textContent ?? '';
    expect(text.split('liveness.minScore is 0.95; expected a number from 0.52 to 0.9')).toHaveLength(2);
    expect(text.split('expected an https:// URL')).toHaveLength(2);
  });

  test('more-errors-listed-below-counts-wrong: 2,000 errors, 100 listed, 1,900 counted', () => {
    const { report } = scenario(0, { broken: 2000 });
    const html = renderMarkdown(comment(report));
    expect(html.querySelectorAll('tbody tr')).toHaveLength(100);
    expect(html.textContent).toContain('… and 1900 errors and 1000 warnings more, not listed here.');
    expect(html.textContent).toContain('1900 errors and 1000 warnings beyond the 100 listed');
  });

  test('more-errors-listed-below-counts-wrong: the annotation note does not say "listed below"', async () => {
    const { report } = scenario(0, { broken: 2000 });
    const summaries: string[] = [];
    const core: CoreLike = { info: () => {}, notice: () => {}, warning: () => {}, error: () => {}, setOutput: () => {}, summary: { addRaw: (text: string) => ({ write: async () => summaries.push(text) }) } };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'flowkeeper-publish-'));
    try {
      await publish(report, { comment: false } as ActionInputs, { name: 'push', owner: 'o', repo: 'r', fromFork: false }, { core, reportDir: dir, context: PLAIN });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(summaries[0]).toContain('GitHub shows 10 annotations of each kind per step: 1990 more errors and 990 more warnings are not annotated; the job log and the JSON report list every one.');
    expect(summaries[0]).not.toContain('listed below');
  });

  test('warnings-counted-in-the-invalid-files: 3 warnings in 2 files, not "in 1 of 6"', () => {
    const files = [brokenFile('flows/a.yaml', 1, 1), brokenFile('flows/b.yaml', 0, 2), ...['c', 'd', 'e', 'f'].map((n) => valid(`flows/${n}.yaml`))];
    const report: RunReport = { validation: { files, summary: { files: 6, valid: 5, invalid: 1, errors: 1, warnings: 3 } }, notes: [], exit: 'findings' };
    expect(paragraphs(comment(report))[0]).toBe('❌ 1 error in 1 of 6 files, 3 warnings in 2 files');
  });

  test('new-flow-table-buries-the-risk: the weakened flow comes first, the new flow is one line', () => {
    const kyc = activeBody();
    const fresh = activeBody({ status: 'draft' });
    const report: RunReport = {
      validation: { files: [valid('flows/kyc.yaml'), valid('flows/fresh.yaml')], summary: { files: 2, valid: 2, invalid: 0, errors: 0, warnings: 0 } },
      plan: { report: { base: 'origin/main', flows: [flowPlan('flows/fresh.yaml', ID.partner, undefined, fresh), flowPlan('flows/kyc.yaml', ID.kyc, kyc, WEAKENED(kyc))], files: [] }, before: [], after: [] },
      notes: [],
      exit: 'ok',
    };
    const html = renderMarkdown(comment(report));
    const headings = [...html.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Deletions, deactivations and weakening changes', 'Other changes']);
    const folded = [...html.querySelectorAll('details')].find((d) => d.querySelector('summary')?.textContent?.includes('flows/fresh.yaml'));
    expect(folded?.querySelector('summary')?.textContent).toMatch(/^➕ adds flows\/fresh\.yaml \(64e1b2c3d4e5f6789012343\) · draft: new flow, \d+ fields$/);
    expect(folded?.querySelector('table')).not.toBeNull();
  });

  test('summary-draws-a-journey-per-flow: 500 changed flows draw at most 5 journeys, the rest counted', () => {
    const { report } = scenario(500);
    const summary = reportMarkdown(report, PLAIN, SUMMARY_BUDGET);
    expect(summary.match(/<summary>Journey of /g)).toHaveLength(5);
    expect(summary).toContain('the journeys of 245 more weakened or deactivated flows (at most 5 are drawn)');
  });
});

describe('the comment of a realistic pull request', () => {
  test('matches its golden, reviewed by eye', () => {
    expectGolden('run-comment.golden.md', comment(realistic()));
  });

  test('a single count is singular', () => {
    expect(paragraphs(comment(realistic())).slice(0, 3)).toEqual([
      '❌ 1 error in 1 of 4 files, 1 warning in 1 file',
      '⚠️ Review: 1 flow deleted (1 active), 1 active flow weakened by 2 changes',
      'Plan: 1 to delete, 0 to add, 2 to change; 2 changes weaken verification, compared with origin/main.',
    ]);
  });
});

test('a weakened flow whose file has errors gets a line saying why it has no journey, not a diagram', () => {
  const report = realistic();
  report.validation.files[0] = brokenFile('flows/kyc.yaml', 2);
  const summary = reportMarkdown(report, PLAIN, SUMMARY_BUDGET);
  const journey = summary.slice(summary.indexOf('<details><summary>Journey of <code>flows/kyc.yaml</code>'));
  expect(journey).toContain('*No journey: the flow has 2 errors; it is drawn once it is valid.*');
  expect(journey.match(/^```mermaid$/gm)).toHaveLength(1);
});
