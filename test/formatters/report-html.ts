import { renderMarkdown } from '../helpers/render-markdown.js';

// Assertions on a report as GitHub renders it (marked in GFM mode, in jsdom).

/** What the rendered report says of one flow's deletions, deactivations and weakening changes. */
export interface RiskSeen {
  deletes: boolean;
  deactivates: boolean;
  weakening: number;
}

function untilNextHeading(start: Element): Element[] {
  const out: Element[] = [];
  for (let node = start.nextElementSibling; node && !/^H[1-4]$/.test(node.tagName); node = node.nextElementSibling) out.push(node);
  return out;
}

/**
 * Per flow path, what the report lists: from the flow's heading and table (rows marked weakens
 * or deactivates, plus an "and N more weakening changes"), or from the compact lines
 * (`**Weakened (…):** \`path\` (2), …`).
 */
export function risksInReport(root: HTMLElement): Map<string, RiskSeen> {
  const seen = new Map<string, RiskSeen>();
  const of = (path: string) => seen.get(path) ?? seen.set(path, { deletes: false, deactivates: false, weakening: 0 }).get(path)!;
  const risk = [...root.querySelectorAll('h3')].find((h) => h.textContent === 'Deletions, deactivations and weakening changes' || h.textContent === 'The first risky flows in detail');
  if (!risk) return seen;
  for (const heading of [...root.querySelectorAll('h4')]) {
    const code = heading.querySelector('code');
    const text = heading.textContent ?? '';
    if (!code || !/deletes|deactivates|weakens/.test(text)) continue;
    const after = untilNextHeading(heading);
    const rows = after.filter((e) => e.tagName === 'TABLE').flatMap((t) => [...t.querySelectorAll('tbody tr')]);
    const more = after.map((e) => /… and (\d+) more weakening changes? of this flow/.exec(e.textContent ?? '')).find(Boolean);
    const flow = { deletes: text.includes('deletes'), deactivates: rows.some((r) => r.firstElementChild?.textContent?.includes('deactivates')), weakening: rows.filter((r) => r.firstElementChild?.textContent?.includes('weakens')).length + Number(more?.[1] ?? 0) };
    const known = of(code.textContent!);
    Object.assign(known, { deletes: known.deletes || flow.deletes, deactivates: known.deactivates || flow.deactivates, weakening: Math.max(known.weakening, flow.weakening) });
  }
  for (const paragraph of [...root.querySelectorAll('p')]) {
    const kind = /^(Deleted|Deactivated|Weakened) \(/.exec(paragraph.querySelector('strong')?.textContent ?? '')?.[1];
    if (!kind) continue;
    for (const code of [...paragraph.querySelectorAll('code')]) {
      const flow = of(code.textContent!);
      if (kind === 'Deleted') flow.deletes = true;
      if (kind === 'Deactivated') flow.deactivates = true;
      if (kind === 'Weakened') flow.weakening = Math.max(flow.weakening, Number(/^ \((\d+)\)/.exec(code.nextSibling?.textContent ?? '')?.[1] ?? Number.NaN));
    }
  }
  return seen;
}

/** Tables whose rows do not all have the head's number of cells, in the HTML and in the Markdown. */
export function ragged(markdown: string): string[] {
  const bad: string[] = [];
  for (const table of [...renderMarkdown(markdown).querySelectorAll('table')]) {
    const width = table.querySelector('thead tr')!.children.length;
    for (const row of [...table.querySelectorAll('tr')]) if (row.children.length !== width) bad.push(row.textContent ?? '');
  }
  // marked pads or cuts rows to the head's width, so the Markdown's own cells are counted too.
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length - 2;
  let width = 0;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = 0;
      continue;
    }
    if (width === 0) width = cells(line);
    else if (cells(line) !== width) bad.push(line);
  }
  return bad;
}
