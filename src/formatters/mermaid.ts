import { applyPatch } from '../engine/merge.js';
import type { Flow } from '../generated/types.js';

// Only these characters appear as themselves in a label; everything else becomes a Mermaid
// entity code (#NNN;), so a value from a flow file can neither close the label, add nodes or
// links, nor break out of the ```mermaid fence.
const SAFE = /[A-Za-z0-9 .,:/_@()+\-]/;

/** Text as a Mermaid label: quoted, every unsafe character as an entity code, kept short. */
function mermaidLabel(text: string, max = 60): string {
  const cut = [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
  return [...cut].map((char) => (SAFE.test(char) ? char : `#${char.codePointAt(0)};`)).join('');
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
export function flowJourney(body: unknown): string | undefined {
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
  for (const [node, step] of [['doc', steps.document], ['live', steps.liveness]] as const) {
    if (step === 'skip') lines.push(`  class ${node} skipped`);
    if (step === 'optional') lines.push(`  class ${node} optional`);
  }
  return lines.join('\n');
}

/** A ```mermaid block for Markdown. */
export function mermaidBlock(diagram: string): string {
  return `\`\`\`mermaid\n${diagram}\n\`\`\``;
}
