import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { diffSent } from '../../src/engine/diff.js';
import { changeSeverity, flowSeverity, severityTablesMarkdown, type FieldSeverity } from '../../src/engine/severity.js';
import { planFlows } from '../../src/plan/plan-flows.js';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';
import { guardReasons } from '../../src/sync/guard.js';

const ID = '65f1a2b3c4d5e6f7a8b90001';

function flow(status: string, body: Record<string, unknown> = {}): PlannedFlow {
  return { path: 'flows/a.yaml', id: ID, status, body: { status, ...body } as PlannedFlow['body'] };
}

const SEVERITY_ROWS: { field: string; before: unknown; after: unknown; expected: FieldSeverity }[] = [
  { field: 'status', before: 'active', after: 'paused', expected: 'deactivates' },
  { field: 'status', before: 'active', after: 'draft', expected: 'deactivates' },
  { field: 'status', before: 'active', after: undefined, expected: 'deactivates' },
  { field: 'status', before: 'paused', after: 'draft', expected: 'changes' },
  { field: 'status', before: 'draft', after: 'active', expected: 'changes' },
  { field: 'integrations.redirectUrl', before: 'https://shop.example/done', after: 'http://shop.example/done', expected: 'weakens' },
  { field: 'integrations.redirectUrl', before: 'HTTPS://shop.example/done', after: 'http://shop.example/other', expected: 'weakens' },
  { field: 'integrations.redirectUrl', before: 'http://shop.example/done', after: 'https://shop.example/done', expected: 'changes' },
  { field: 'integrations.redirectUrl', before: 'https://a.example/', after: 'https://b.example/', expected: 'changes' },
  { field: 'integrations.apiUrl', before: 'https://list.example/check', after: 'http://list.example/check', expected: 'weakens' },
  { field: 'liveness.minScore', before: 0.8, after: 0.7, expected: 'weakens' },
  { field: 'steps.liveness', before: 'mandatory', after: 'skip', expected: 'weakens' },
  { field: 'version', before: 1, after: 2, expected: 'changes' },
];

describe('changeSeverity', () => {
  test.each(SEVERITY_ROWS)('$field $before → $after is $expected', ({ field, before, after, expected }) => {
    expect(changeSeverity(field, before, after)).toBe(expected);
  });
});

describe('flowSeverity', () => {
  test('a removed flow deletes, a new one adds, a changed one is its worst change', () => {
    const plans = planFlows(
      [flow('active', { version: 1 }), { ...flow('draft'), id: '65f1a2b3c4d5e6f7a8b90002', path: 'flows/gone.yaml' }],
      [flow('paused', { version: 2, liveness: { minScore: 0.6 } }), { ...flow('active'), id: '65f1a2b3c4d5e6f7a8b90003', path: 'flows/new.yaml' }],
    );
    expect(plans.map((plan) => [plan.path, flowSeverity(plan)])).toEqual([
      ['flows/gone.yaml', 'deletes'],
      ['flows/a.yaml', 'deactivates'],
      ['flows/new.yaml', 'adds'],
    ]);
  });
});

describe('plan and guard judge with the same model', () => {
  // Regression: the plan showed `status: active → paused` with weakens false while sync blocked it.
  test('status-active-to-paused-is-marked-in-the-plan-as-the-guard-blocks-it', () => {
    const [before, after] = [flow('active'), flow('paused')];
    const [status] = diffSent(before.body, after.body);
    expect(status).toMatchObject({ field: 'status', severity: 'deactivates', weakens: true });
    expect(guardReasons([{ before, after }], 1)).toEqual([`flows/a.yaml (${ID}): takes an active flow out of service (status active → paused)`]);
  });

  // Regression: an https → http change of redirectUrl was not marked at all.
  test('https-to-http-of-redirect-url-is-weakening-in-plan-and-guard', () => {
    const before = flow('active', { integrations: { redirectUrl: 'https://shop.example/done' } });
    const after = flow('active', { integrations: { redirectUrl: 'http://shop.example/done' } });
    expect(diffSent(before.body, after.body)).toEqual([
      { field: 'integrations.redirectUrl', before: 'https://shop.example/done', after: 'http://shop.example/done', severity: 'weakens', weakens: true },
    ]);
    expect(guardReasons([{ before, after }], 1)).toEqual([
      `flows/a.yaml (${ID}): weakens verification of an active flow: integrations.redirectUrl "https://shop.example/done" → "http://shop.example/done"`,
    ]);
  });

  test('a change the plan calls plain is one the guard lets through', () => {
    const before = flow('active', { version: 1, integrations: { redirectUrl: 'http://a.example/' } });
    const after = flow('active', { version: 2, integrations: { redirectUrl: 'https://a.example/' } });
    expect(diffSent(before.body, after.body).map((c) => c.severity)).toEqual(['changes', 'changes']);
    expect(guardReasons([{ before, after }], 1)).toEqual([]);
  });
});

describe('README', () => {
  // The README's tables are the code's own words: a rule added or reworded without the README fails here.
  test('the severity tables in README.md are those the code documents', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('<!-- severity:start');
    const end = readme.indexOf('<!-- severity:end -->');
    expect(start).toBeGreaterThan(0);
    const block = readme.slice(readme.indexOf('\n', start) + 1, end).trim();
    expect(block).toBe(severityTablesMarkdown());
  });
});
