import type { FieldChange } from '../engine/diff.js';
import { applyPatch } from '../engine/merge.js';
import type { Flow } from '../generated/types.js';
import { printable } from '../printable.js';

// Only these characters appear as themselves in a label; everything else becomes a Mermaid
// entity code (#NNN;), so a value from a flow file can neither close the label, add nodes or
// links, nor break out of the ```mermaid fence. `:` is coded too: Mermaid deletes the last `;` of
// any line matching `style.*:\S*#.*;` (or `classDef…`), which would corrupt the codes, and with
// every colon of a value coded no such match can start inside one. `$` is coded, so `$$…$$`
// never reaches the math renderer as math.
const SAFE = /[A-Za-z0-9 .,/_@()+\-]/;

/** Lines of a label are at most this long; longer text wraps at a separator, never mid-word. */
const LINE_MAX = 40;

/** Splits text into lines of at most `max` characters, after a space or a URL separator when one is near. */
function wrap(text: string, max = LINE_MAX): string[] {
  const chars = [...text];
  const lines: string[] = [];
  while (chars.length > max) {
    let cut = -1;
    for (let index = max; index > max / 2; index -= 1) {
      if (/[ /?&=.,\-]/.test(chars[index - 1]!)) {
        cut = index;
        break;
      }
    }
    // A word longer than a line (a token, a long host) is split where the line ends: nothing is
    // dropped, and the next line continues it.
    if (cut === -1) cut = max;
    lines.push(chars.splice(0, cut).join(''));
  }
  lines.push(chars.join(''));
  return lines.filter((line, index) => line !== '' || index === 0);
}

/** Text as a Mermaid label: invisible characters as `\u202e` escapes, wrapped, every unsafe character as an entity code. */
function mermaidLabel(text: string): string {
  return wrap(printable(text))
    .map((line) => [...line].map((char) => (SAFE.test(char) ? char : `#${char.codePointAt(0)};`)).join(''))
    .join('<br/>');
}

/** Which node of the journey shows a field. */
function nodeOf(field: string): string | undefined {
  if (field.startsWith('signUpForm')) return 'signup';
  if (field === 'steps.document' || field.startsWith('documents')) return 'doc';
  if (field === 'steps.liveness' || field.startsWith('liveness')) return 'live';
  if (field === 'integrations.redirectUrl') return 'done';
  if (field === 'integrations.webhook') return 'hook';
  if (field.startsWith('integrations')) return 'list';
  return undefined;
}

/** The journey's nodes that changes touch: weakened (or deactivated) first, then merely changed. */
export function changedNodes(changes: readonly FieldChange[]): { weakened: string[]; changed: string[] } {
  const weakened = new Set<string>();
  const changed = new Set<string>();
  for (const change of changes) {
    const node = nodeOf(change.field);
    if (node === undefined || change.severity === 'adds') continue;
    (change.weakens ? weakened : changed).add(node);
  }
  return { weakened: [...weakened], changed: [...changed].filter((node) => !weakened.has(node)) };
}

function signUpLine(flow: Flow): string {
  const form = flow.signUpForm;
  const parts = [form.fullName ? `full name (${form.fullNameStyle})` : '', form.email ? `email (${form.emailGateway})` : '', form.phone ? `phone (${form.phoneGateway})` : ''].filter(Boolean);
  const extra = form.allowAdditionalFields && form.additionalFields.length ? ` + ${form.additionalFields.length} custom field(s)` : '';
  return `${parts.join(', ') || 'no personal details'}${extra}`;
}

/**
 * The journey of an applicant through a flow as a Mermaid flowchart: sign-up form, document
 * step, liveness step, redirect and webhook, each step marked mandatory, optional or skipped.
 * Accepts a PUT body or a resolved flow; missing parts take their defaults.
 */
export function flowJourney(body: unknown, changes: readonly FieldChange[] = []): string | undefined {
  const flow = applyPatch({}, body);
  // An invalid flow (a list where a section belongs) has no journey worth drawing.
  if (!Array.isArray(flow.documents?.documentTypes) || !Array.isArray(flow.documents.verificationMethods) || !Array.isArray(flow.signUpForm?.additionalFields)) return undefined;
  const { documents, liveness, steps, integrations } = flow;
  const countries = documents.documentTypes.length;
  const docDetail = `${documents.verificationMethods.map(String).join(', ') || 'no methods'} · ${countries} ${countries === 1 ? 'country' : 'countries'} · ${documents.attemptLimit} attempts`;
  const checks = [documents.screening && 'screening', documents.criminalHistoryVerification && 'criminal history', documents.informationVerification && 'information'].filter(Boolean).join(', ');
  const lines = [
    'flowchart LR',
    `  start([Applicant]) --> signup["Sign-up form<br/>${mermaidLabel(signUpLine(flow))}"]`,
    `  signup --> doc["Document step: ${mermaidLabel(String(steps.document))}<br/>${mermaidLabel(docDetail)}${checks ? `<br/>${mermaidLabel(`checks: ${checks}`)}` : ''}"]`,
    `  doc --> live["Liveness step: ${mermaidLabel(String(steps.liveness))}<br/>${mermaidLabel(`min score ${liveness.minScore} · search ${liveness.searchMinScore} ${liveness.searchMode} · ${liveness.attemptLimit} attempts`)}"]`,
    `  live --> done(["Redirect: ${mermaidLabel(integrations.redirectUrl ? String(integrations.redirectUrl) : 'none')}"])`,
  ];
  if (integrations.webhook) lines.push(`  live -.-> hook[["Webhook ${mermaidLabel(String(integrations.webhook))}"]]`);
  if (integrations.source !== 'NONE') lines.push(`  signup -.-> list[("${mermaidLabel(`${integrations.source} ${integrations.strategy} check`)}")]`);
  lines.push('  classDef skipped stroke-dasharray: 5 5,color:#888', '  classDef optional stroke-dasharray: 2 2');
  lines.push('  classDef weakened stroke:#d1242f,stroke-width:3px,fill:#ffebe9', '  classDef changed stroke:#9a6700,stroke-width:2px,fill:#fff8c5');
  for (const [node, step] of [['doc', steps.document], ['live', steps.liveness]] as const) {
    if (step === 'skip') lines.push(`  class ${node} skipped`);
    if (step === 'optional') lines.push(`  class ${node} optional`);
  }
  // Only nodes drawn above can take a class; a change to an absent webhook or list draws nothing.
  const drawn = new Set(['signup', 'doc', 'live', 'done', ...(integrations.webhook ? ['hook'] : []), ...(integrations.source !== 'NONE' ? ['list'] : [])]);
  const { weakened, changed } = changedNodes(changes);
  if (weakened.some((node) => drawn.has(node))) lines.push(`  class ${weakened.filter((node) => drawn.has(node)).join(',')} weakened`);
  if (changed.some((node) => drawn.has(node))) lines.push(`  class ${changed.filter((node) => drawn.has(node)).join(',')} changed`);
  return lines.join('\n');
}

/**
 * The journey of a flow for a report: a ```mermaid block with changed steps highlighted, or,
 * for a flow with errors, one line saying why there is none (a diagram of an invalid flow would
 * look normal while it cannot be synced as drawn).
 */
export function journeyOrReason(body: unknown, options: { changes?: readonly FieldChange[]; errors?: number } = {}): string {
  const errors = options.errors ?? 0;
  if (errors > 0) return `*No journey: the flow has ${errors === 1 ? '1 error' : `${errors} errors`}; it is drawn once it is valid.*`;
  const diagram = flowJourney(body, options.changes);
  return diagram === undefined ? '*No journey: the flow is not shaped like one.*' : mermaidBlock(diagram);
}

/** A ```mermaid block for Markdown. */
export function mermaidBlock(diagram: string): string {
  return `\`\`\`mermaid\n${diagram}\n\`\`\``;
}
