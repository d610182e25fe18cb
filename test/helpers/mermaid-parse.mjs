// Parses Mermaid diagrams with the real `mermaid` library under jsdom, in a process of its own
// (mermaid is ESM-only and needs a DOM; jest's ESM mode cannot host it). Reads a JSON list of
// diagram texts on stdin; writes, per diagram, its node ids, labels, edge count and classes, or
// the parse error.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><body></body>', { pretendToBeVisual: true });
for (const key of ['window', 'document', 'navigator', 'Element', 'HTMLElement', 'SVGElement', 'DOMParser', 'Node']) {
  if (!(key in globalThis)) Object.defineProperty(globalThis, key, { value: key === 'window' ? dom.window : dom.window[key], configurable: true, writable: true });
}
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const text of JSON.parse(input)) {
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const vertices = db.getVertices();
    const nodes = [...(vertices instanceof Map ? vertices.values() : Object.values(vertices))];
    out.push({
      nodes: nodes.map((node) => ({ id: node.id, text: node.text, classes: node.classes })),
      edges: db.getEdges().length,
    });
  } catch (error) {
    out.push({ error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(out));
