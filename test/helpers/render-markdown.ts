import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

// GitHub's renderer is cmark-gfm; marked in GFM mode follows the same spec for what matters
// here (tables, code spans, backslash escapes, autolinks of URLs and www.).
const gfm = new Marked({ gfm: true, breaks: false });
const window = new JSDOM('<!doctype html><body></body>').window;

/** Markdown rendered as GitHub would, as a DOM fragment to assert on. */
export function renderMarkdown(markdown: string): HTMLElement {
  const root = window.document.createElement('div');
  root.innerHTML = gfm.parse(markdown, { async: false });
  return root;
}

/** One line of Markdown (a cell, a heading's text) rendered inline. */
export function renderInline(markdown: string): HTMLElement {
  const root = window.document.createElement('div');
  root.innerHTML = gfm.parseInline(markdown, { async: false });
  return root;
}

/** Text nodes outside code spans and blocks: where GitHub would link @mentions and #refs. */
export function proseText(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = window.document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('code, pre')) out.push(node.textContent ?? '');
  }
  return out;
}

/** What GitHub turns into a mention or an issue link in prose. */
export const MENTION_OR_REFERENCE = /(^|[^\w`])@[A-Za-z0-9]|(^|[\s(])#\d|\w\/[\w.-]+#\d|\bGH-\d/;
