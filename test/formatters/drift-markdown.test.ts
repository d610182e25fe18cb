import { driftMarkdown } from '../../src/formatters/drift-markdown.js';
import type { DriftReport } from '../../src/reports/types.js';
import { renderMarkdown } from '../helpers/render-markdown.js';
import { ragged } from './report-html.js';

const LONG = `https://app.example/${'very-long-path/'.repeat(12)}done`;

const report: DriftReport = {
  apiUrl: 'https://api.example',
  flows: [{ path: 'flows/kyc.yaml', id: '64a1b2c3d4e5f6789012346', status: 'active', changes: [
    { field: 'integrations.redirectUrl', repository: LONG, server: `${LONG}?x=1`, weakens: false },
    { field: 'liveness.minScore', repository: 0.8, server: 0.6, weakens: true },
  ] }],
  unreadable: [],
  drifted: ['64a1b2c3d4e5f6789012346'],
};

test('drift-weakens-mark-scrolls-off: the severity mark is the first cell of every drift row, before long values', () => {
  const markdown = driftMarkdown(report);
  const rows = [...renderMarkdown(markdown).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
  expect(rows.map((cells) => [cells[0], cells[1]])).toEqual([['✏️ differs', 'integrations.redirectUrl'], ['⚠️ weakens', 'liveness.minScore']]);
  expect(ragged(markdown)).toEqual([]);
});
