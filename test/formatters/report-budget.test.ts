import { COMMENT_BUDGET, SUMMARY_BUDGET } from '../../src/formatters/report-budget.js';
import { reportMarkdown } from '../../src/formatters/run-markdown.js';
import { renderMarkdown } from '../helpers/render-markdown.js';
import { PLAIN } from './golden.js';
import { ragged, risksInReport } from './report-html.js';
import { scenario } from './report-scenario.js';

const MARKER = '<!-- flowkeeper:pr-comment -->';

// n changed flows (in turn weakened, deleted, deactivated, ordinarily changed), n/10 new flows
// and n broken files: the risk must be listed or counted per flow in the comment at every size.
describe.each([1, 50, 500, 2000])('%i changed flows, as many broken', (n) => {
  const { report, risky } = scenario(n, { newFlows: Math.ceil(n / 10), broken: n });
  const comment = reportMarkdown(report, PLAIN, COMMENT_BUDGET, MARKER);
  const summary = reportMarkdown(report, PLAIN, SUMMARY_BUDGET);
  const html = renderMarkdown(comment);

  test('the comment fits GitHub\'s 65,536 characters however they are counted; the summary stays under 1 MiB', () => {
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect([...comment].length).toBeLessThanOrEqual(65_536);
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(262_144);
    expect(Buffer.byteLength(summary)).toBeLessThan(1_048_576);
    expect(comment.startsWith(`${MARKER}\n## flowkeeper\n`)).toBe(true);
  });

  test('every deletion, deactivation and weakening is listed or counted per flow in the comment', () => {
    const seen = risksInReport(html);
    expect(risky.size).toBeGreaterThan(0);
    for (const [path, expected] of risky) expect([path, seen.get(path)]).toEqual([path, expected]);
  });

  test('the summary lists every risky change in full', () => {
    const seen = risksInReport(renderMarkdown(summary));
    for (const [path, expected] of risky) expect([path, seen.get(path)]).toEqual([path, expected]);
  });

  test('every table has as many cells in each row as in its head', () => {
    expect(ragged(comment)).toEqual([]);
    expect(ragged(summary)).toEqual([]);
  });

  test('the verdict counts errors, warnings and risky flows exactly', () => {
    const paragraphs = [...html.querySelectorAll('p')].map((p) => p.textContent);
    const deleted = [...risky.values()].filter((r) => r.deletes).length;
    const deactivated = [...risky.values()].filter((r) => r.deactivates).length;
    const weakened = [...risky.values()].filter((r) => r.weakening > 0);
    const changes = weakened.reduce((sum, r) => sum + r.weakening, 0);
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const warnings = Math.floor(n / 2);
    expect(paragraphs[0]).toBe(`❌ ${plural(n, 'error')} in ${n} of ${plural(report.validation.files.length, 'file')}${warnings > 0 ? `, ${plural(warnings, 'warning')} in ${plural(warnings, 'file')}` : ''}`);
    const parts = [
      deleted > 0 ? `${plural(deleted, 'flow')} deleted (${deleted} active)` : '',
      deactivated > 0 ? `${plural(deactivated, 'active flow')} deactivated` : '',
      `${plural(weakened.length, 'active flow')} weakened by ${plural(changes, 'change')}`,
    ].filter(Boolean);
    expect(paragraphs[1]).toBe(`⚠️ Review: ${parts.join(', ')}`);
  });

  test('errors are listed once, and those not listed are counted exactly', () => {
    const rows = [...html.querySelectorAll('table')].filter((t) => t.querySelector('th:nth-child(2)')?.textContent === 'Where').flatMap((t) => [...t.querySelectorAll('tbody tr')]);
    const listed = rows.filter((r) => r.firstElementChild?.textContent === '❌').length;
    const listedWarnings = rows.length - listed;
    const more = /… and (?:(\d+) errors?)?(?: and )?(?:(\d+) warnings?)? more, not listed here/.exec(html.textContent ?? '');
    expect(listed + Number(more?.[1] ?? 0)).toBe(n);
    expect(listedWarnings + Number(more?.[2] ?? 0)).toBe(Math.floor(n / 2));
    // No message twice: each row's place is its own.
    const places = rows.map((r) => r.children[1]!.textContent);
    expect(new Set(places).size).toBe(places.length);
  });

  test('at most 5 journeys, in the comment and the summary, the rest counted', () => {
    for (const text of [comment, summary]) expect((text.match(/^```mermaid$/gm) ?? []).length).toBeLessThanOrEqual(2 * 5);
    const candidates = [...risky.values()].filter((r) => !r.deletes).length;
    for (const text of [comment, summary]) {
      const drawn = (text.match(/<summary>Journey of /g) ?? []).length;
      const counted = Number(/the journeys of (\d+) (?:more )?weakened or deactivated flows?/.exec(text)?.[1] ?? 0);
      expect(drawn).toBeLessThanOrEqual(5);
      expect(drawn + counted).toBe(candidates);
    }
    // Within its budget, the summary draws the handful whenever there is room.
    if (n <= 500) expect((summary.match(/<summary>Journey of /g) ?? []).length).toBe(Math.min(candidates, 5));
  });
});

describe('environments share one budget, production first', () => {
  const production = scenario(600).report;
  const staging = scenario(40).report;
  const report = {
    ...production,
    environments: [
      { name: 'production', apiUrl: 'https://api.example', validation: production.validation, plan: production.plan! },
      { name: 'staging', apiUrl: 'https://staging.api.example', validation: staging.validation, plan: staging.plan! },
    ],
  };
  const comment = reportMarkdown(report, PLAIN, COMMENT_BUDGET, MARKER);

  test('the comment fits, and names both environments in the verdict and the risk section', () => {
    expect(comment.length).toBeLessThanOrEqual(65_536);
    const html = renderMarkdown(comment);
    expect([...html.querySelectorAll('p')].map((p) => p.textContent).find((p) => p?.startsWith('⚠️ By environment:'))).toBe(
      '⚠️ By environment: production: 150 flows deleted (150 active), 150 active flows deactivated, 300 active flows weakened by 450 changes; staging: 10 flows deleted (10 active), 10 active flows deactivated, 20 active flows weakened by 30 changes',
    );
    const headings = [...html.querySelectorAll('h3, h4')].map((h) => h.textContent ?? '');
    const risk = headings.indexOf('Deletions, deactivations and weakening changes');
    expect(headings.slice(risk + 1, risk + 3)).toEqual(['Environment production (https://api.example)', 'Environment staging (https://staging.api.example)']);
  });
});
