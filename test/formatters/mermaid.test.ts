import { execFileSync } from 'node:child_process';
import { describe, expect, test } from '@jest/globals';
import { diffBodies } from '../../src/engine/diff.js';
import { flowJourney, journeyOrReason } from '../../src/formatters/mermaid.js';

interface Parsed {
  nodes?: { id: string; text: string; classes: string[] }[];
  edges?: number;
  error?: string;
}

/** Every diagram parsed by the real mermaid library, in one child process (see the helper). */
function parseAll(diagrams: string[]): Parsed[] {
  const out = execFileSync(process.execPath, ['test/helpers/mermaid-parse.mjs'], { input: JSON.stringify(diagrams), encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(out) as Parsed[];
}

/** The text a node shows: Mermaid's internal entity form decoded, as its renderer does, the label's wrapping removed. */
function shown(text: string): string {
  return text
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/<br\/?>/g, '');
}

const ACTIVE = {
  status: 'active',
  steps: { document: 'mandatory', liveness: 'mandatory' },
  documents: { verificationMethods: ['SCAN_PROMPT'], documentTypes: [{ country: 'Canada', configurations: [{ active: true, documentCategory: 'passport' }] }] },
  liveness: { minScore: 0.8 },
  integrations: { redirectUrl: 'https://shop.example/done', webhook: '65f1a2b3c4d5e6f7a8b90001', source: 'API', strategy: 'blacklist', apiUrl: 'https://list.example/check' },
};

const withRedirect = (redirectUrl: string) => ({ ...ACTIVE, integrations: { ...ACTIVE.integrations, redirectUrl } });

const HOSTILE = [
  'https://shop.example/lifestyle:promo#start',
  '"]) --> evil[("pwned',
  'a\n  x --> y\n```\n# heading',
  'style x fill:#f00;',
  'classDef c fill:#f00;',
  '$$\\frac{1}{2}$$',
  'https://good.example/\u202eexe.txt',
  '#35; &amp; <img src=x onerror=alert(1)> %% comment',
  'https://app.example/welcome_back?utm_source=kyc&step=done&campaign=spring-onboarding-reactivation-2026',
];

describe('journeys parsed by the real mermaid library', () => {
  const plain = flowJourney(ACTIVE)!;
  const hostile = HOSTILE.map((url) => flowJourney(withRedirect(url))!);
  const weakened = flowJourney({ ...ACTIVE, liveness: { minScore: 0.6 }, signUpForm: { email: true } }, diffBodies(ACTIVE, { ...ACTIVE, liveness: { minScore: 0.6 }, signUpForm: { email: true } }))!;
  const [plainParsed, weakenedParsed, ...hostileParsed] = parseAll([plain, weakened, ...hostile]);
  const redirectText = (parsed: Parsed) => shown(parsed.nodes!.find((node) => node.id === 'done')!.text);

  test('the plain journey parses', () => {
    expect(plainParsed!.error).toBeUndefined();
    expect(plainParsed!.nodes!.map((node) => node.id)).toEqual(['start', 'signup', 'doc', 'live', 'done', 'hook', 'list']);
  });

  test.each(HOSTILE.map((url, index) => [url, index] as const))('a hostile label %j changes no node or edge', (_url, index) => {
    const parsed = hostileParsed[index]!;
    expect(parsed.error).toBeUndefined();
    expect(parsed.nodes!.map((node) => node.id)).toEqual(plainParsed!.nodes!.map((node) => node.id));
    expect(parsed.edges).toBe(plainParsed!.edges);
  });

  // Regression: Mermaid deleted the last `;` of a line matching `style.*:\S*#.*;`, so the
  // label showed `promo#35start`; and labels were cut at 60 characters mid-URL.
  test.each(HOSTILE.map((url, index) => [url, index] as const))('label-of-%j-shows-the-whole-value-uncut', (url, index) => {
    expect(redirectText(hostileParsed[index]!)).toBe(`Redirect: ${url.replace(/\n/g, '\\u000a').replace(/\u202e/g, '\\u202e')}`);
  });

  // Regression: `$$…$$` in a label was drawn as math.
  test('dollar-signs-never-reach-mermaid-raw', () => {
    for (const diagram of hostile) expect(diagram).not.toContain('$');
  });

  // Regression: a right-to-left override drew `https://good.example/txt.exe` for `…/\u202Eexe.txt`.
  test('bidi-override-in-a-label-is-shown-as-an-escape', () => {
    expect(hostile[6]).not.toContain('\u202e');
    expect(redirectText(hostileParsed[6]!)).toContain('\\u202e');
  });

  // Regression: diagrams did not mark what changed.
  test('changed-steps-are-highlighted-weakened-and-changed', () => {
    const classes = Object.fromEntries(weakenedParsed!.nodes!.map((node) => [node.id, node.classes]));
    expect(classes.live).toContain('weakened');
    expect(classes.signup).toContain('changed');
    expect(classes.doc).toEqual([]);
  });
});

describe('journeyOrReason', () => {
  // Regression: an invalid new flow got a normal-looking diagram.
  test('a-flow-with-errors-gets-no-diagram-only-a-line-saying-why', () => {
    const out = journeyOrReason({ ...ACTIVE, steps: { document: 'sometimes' } }, { errors: 1 });
    expect(out).not.toContain('```mermaid');
    expect(out).toBe('*No journey: the flow has 1 error; it is drawn once it is valid.*');
  });

  test('a valid flow gets its block', () => {
    expect(journeyOrReason(ACTIVE)).toMatch(/^```mermaid\nflowchart LR\n/);
  });
});
