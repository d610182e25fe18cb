import { describe, expect, test } from '@jest/globals';
import { diffBodies } from '../../src/engine/diff.js';
import { planMarkdown, shortenAround, CELL_MAX } from '../../src/formatters/markdown.js';
import type { PlanReport } from '../../src/reports/types.js';
import { renderMarkdown } from '../helpers/render-markdown.js';

const LONG_BEFORE = 'https://app.example/welcome_back?utm_source=kyc&utm_medium=email&utm_campaign=spring-2026&step=done';
const LONG_AFTER = 'http://app.example/welcome_back?utm_source=kyc&utm_medium=email&utm_campaign=spring-2026&step=done';
const TAIL_AFTER = LONG_BEFORE.replace('step=done', 'step=skip');

function report(before: Record<string, unknown>, after: Record<string, unknown>): PlanReport {
  return { base: 'main', flows: [{ path: 'flows/kyc.yaml', id: '65f1a2b3c4d5e6f7a8b90001', change: 'changed', status: 'active', changes: diffBodies(before, after) }], files: [] };
}

describe('plan tables a reviewer can read', () => {
  // Regression: a long value pushed the fourth column, the "weakens" mark, out of view.
  test('severity-mark-leads-each-row-and-long-values-are-shortened', () => {
    const html = renderMarkdown(planMarkdown(report({ integrations: { redirectUrl: LONG_BEFORE }, liveness: { minScore: 0.8 } }, { integrations: { redirectUrl: LONG_AFTER }, liveness: { minScore: 0.7 } })));
    const rows = [...html.querySelectorAll('table tbody tr')];
    expect(rows.map((row) => row.children[0]!.textContent)).toEqual(['⚠️ weakens', '⚠️ weakens']);
    for (const row of rows) {
      expect(row.children).toHaveLength(4);
      for (const cell of [...row.children].slice(2)) expect([...cell.textContent!].length).toBeLessThanOrEqual(CELL_MAX + 2);
    }
    // The whole values are one click away.
    const details = html.querySelector('details')!;
    expect(details.querySelector('pre')!.textContent).toContain(`"${LONG_BEFORE}"\n"${LONG_AFTER}"`);
  });

  // Regression: a change late in a long value looked identical before and after.
  test('the-changed-part-of-a-long-value-stays-visible', () => {
    const html = renderMarkdown(planMarkdown(report({ integrations: { redirectUrl: LONG_BEFORE } }, { integrations: { redirectUrl: TAIL_AFTER } })));
    const [before, after] = [...html.querySelector('table tbody tr')!.children].slice(2).map((cell) => cell.textContent!);
    expect(before).toContain('step=done');
    expect(after).toContain('step=skip');
    expect(before).toMatch(/^"https:\/\//);
  });

  test('shortenAround keeps short text and never splits a character', () => {
    expect(shortenAround('short', 0, 1)).toBe('short');
    const text = `${'🙂'.repeat(60)}x${'🙂'.repeat(60)}`;
    const out = shortenAround(text, 60, 61);
    expect(out).toContain('x');
    expect([...out].every((char) => char === '🙂' || char === 'x' || char === '…')).toBe(true);
  });
});
