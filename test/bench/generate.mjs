// Deterministic repositories of realistic flow files for the benchmark.
//
// A repository is `<dir>/bases/*.{yaml,json}` (shared bases, no id) and `<dir>/<team>/*.{yaml,json}`
// (flows, 100 to a folder). About 80% of the flows are valid; the rest carry one to three
// mistakes of the kinds people make: out-of-range scores, enum typos, unknown keys and missing
// cross-field requirements. Everything comes from one seeded PRNG, so a seed and a generator
// version name the same bytes; a stamp file lets later runs reuse a repository.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the files a seed produces change on purpose. */
export const GENERATOR_VERSION = 3;

// The stamp also holds a hash of this file, so an edit that forgets the bump still regenerates.
const SOURCE_HASH = createHash('sha256').update(readFileSync(new URL(import.meta.url))).digest('hex').slice(0, 12);

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; enough for test data. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  const sample = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, chance, hex, sample };
}

const BRANDS = ['lumen', 'northwind', 'kestrel', 'meridian', 'harbor', 'quartz', 'solstice', 'tandem', 'verity', 'alder'];
const REGIONS = ['emea', 'amer', 'apac', 'latam', 'nordics', 'dach', 'uki', 'anz'];
const PRODUCTS = ['retail', 'savings', 'credit', 'mortgage', 'wealth', 'business', 'student', 'crypto', 'payroll', 'insurance', 'brokerage', 'remittance'];
const COUNTRIES = ['United States', 'Canada', 'Mexico', 'Brazil', 'United Kingdom', 'Germany', 'France', 'Spain', 'Italy', 'Netherlands', 'Sweden', 'Norway', 'Poland', 'Japan', 'Australia', 'New Zealand', 'Singapore', 'India', 'South Africa', 'Nigeria'];
const CATEGORIES = ['passport', 'government_id', 'driver_license', 'residence_permit', 'national_id'];
const EXTRA_FIELDS = [
  ['employer', 'Employer', 'text'], ['sourceOfFunds', 'Source of funds', 'text'], ['occupation', 'Occupation', 'text'],
  ['taxResidency', 'Tax residency', 'select'], ['annualIncome', 'Annual income', 'number'], ['referralCode', 'Referral code', 'text'],
  ['dateOfBirth', 'Date of birth', 'date'], ['nationality', 'Nationality', 'select'], ['purpose', 'Purpose of the account', 'textarea'],
];
const NOTES = [
  'every check on, stricter liveness, fewer attempts',
  'the house standard, with phone sign-up over WhatsApp',
  'on hold while the partnership is renegotiated; paused, not deleted',
  'a lighter flow for existing customers opening a second product',
  'screening against the partner blocklist before documents',
  'pilot for the new market; documents optional while volumes are low',
  'regulator asked for criminal history checks on every applicant',
];

const round2 = (x) => Math.round(x * 100) / 100;

function documentTypes(rnd, countries) {
  return rnd.sample(COUNTRIES, countries).map((country) => ({
    country,
    configurations: rnd.sample(CATEGORIES, rnd.int(1, 3)).map((documentCategory) => ({ active: rnd.chance(0.9), documentCategory })),
  }));
}

/** A shared base: house defaults for one brand, no id. */
function makeBase(rnd, brand) {
  return {
    target: 'personal',
    type: 'onboarding',
    signUpForm: { fullName: true, fullNameStyle: rnd.pick(['separate', 'together']), email: true, emailGateway: 'mailgun', showTermsAndConditions: true, showPrivacyNotice: true },
    documents: { attemptLimit: rnd.int(2, 4), informationVerification: true, verificationMethods: rnd.sample(['SCAN_PROMPT', 'SCAN_STUDIO', 'SCAN_ZERO'], rnd.int(1, 2)), documentTypes: documentTypes(rnd, rnd.int(1, 3)) },
    liveness: { attemptLimit: rnd.int(2, 4), minScore: round2(0.6 + rnd.next() * 0.1), searchMinScore: round2(0.75 + rnd.next() * 0.1), searchMode: 'FAST' },
    integrations: { redirectUrl: `https://app.${brand}.example/welcome` },
  };
}

/** A valid flow. A flow that extends a base may leave to it what the base already says. */
function makeFlow(rnd, { id, brand, product, extending }) {
  const steps = { document: rnd.pick(['mandatory', 'mandatory', 'mandatory', 'optional', 'skip']), liveness: rnd.pick(['mandatory', 'mandatory', 'optional', 'skip']) };
  // A skipped step under a base that configures it is a warning; keep those an occasional sight.
  if (extending) for (const step of ['document', 'liveness']) if (steps[step] === 'skip' && rnd.chance(0.85)) steps[step] = 'optional';
  let status = rnd.pick(['active', 'active', 'active', 'paused', 'draft']);
  if (status === 'active' && steps.document === 'skip' && steps.liveness === 'skip') steps.liveness = 'mandatory';
  const flow = { id };
  if (extending) flow.extends = extending;
  Object.assign(flow, { status, version: rnd.int(1, 12) });
  if (!extending || rnd.chance(0.8)) {
    const fields = rnd.sample(EXTRA_FIELDS, rnd.pick([0, 1, 2, 2, 3, 3, 4]));
    const phone = rnd.chance(0.6);
    flow.signUpForm = {
      fullName: true, fullNameStyle: rnd.pick(['separate', 'together']), email: rnd.chance(0.8), emailGateway: rnd.pick(['mailgun', 'none']),
      phone, phoneGateway: phone ? rnd.pick(['sms', 'whatsapp', 'both']) : 'none', showTermsAndConditions: true, showPrivacyNotice: rnd.chance(0.8),
    };
    if (fields.length) {
      flow.signUpForm.allowAdditionalFields = true;
      flow.signUpForm.additionalFields = fields.map(([name, label, type]) => ({ name, label, type, required: rnd.chance(0.6) }));
    }
  }
  if (steps.document !== 'skip' && (!extending || rnd.chance(0.7))) {
    flow.documents = {
      attemptLimit: rnd.int(1, 5), criminalHistoryVerification: rnd.chance(0.3), informationVerification: rnd.chance(0.7), screening: rnd.chance(0.5),
      verificationMethods: rnd.sample(['SCAN_PROMPT', 'SCAN_STUDIO', 'SCAN_ZERO'], rnd.int(1, 3)), documentTypes: documentTypes(rnd, rnd.int(2, 5)),
    };
  }
  if (steps.liveness !== 'skip' && (!extending || rnd.chance(0.7))) {
    flow.liveness = { attemptLimit: rnd.int(1, 5), minScore: round2(0.52 + rnd.next() * 0.38), searchMinScore: round2(0.7 + rnd.next() * 0.25), searchMode: rnd.pick(['FAST', 'ACCURATE']) };
  }
  flow.steps = steps;
  const integrations = { redirectUrl: `https://${product}.${brand}.example/${rnd.pick(['welcome', 'done', 'onboarded', 'next'])}`, webhook: rnd.chance(0.6) ? rnd.hex(24) : null };
  const source = rnd.pick(['NONE', 'NONE', 'NONE', 'API', 'CSV']);
  if (source !== 'NONE') Object.assign(integrations, { source, strategy: rnd.pick(['blacklist', 'none']) });
  if (source === 'API') Object.assign(integrations, { apiUrl: `https://risk.${brand}.example/v1/blocklist/check`, apiTestType: 'email', apiTestValue: `blocked-applicant@${brand}.example` });
  flow.integrations = integrations;
  return flow;
}

const section = (flow, name) => (flow[name] ??= {});

const FILE_ORDER = ['id', 'extends', 'status', 'version', 'signUpForm', 'documents', 'liveness', 'steps', 'integrations'];

/** A section a mistake added goes where a person would have written it, not at the end. */
const inFileOrder = (flow) => Object.fromEntries(Object.entries(flow).sort(([a], [b]) => rank(a) - rank(b)));
const rank = (key) => (FILE_ORDER.includes(key) ? FILE_ORDER.indexOf(key) : FILE_ORDER.length);

/** The mistakes: each edits the flow in place so that flowkeeper must report an error. */
const MISTAKES = [
  (f, r) => { section(f, 'liveness').minScore = r.pick([0.95, 0.92, 0.5, 0.45, 1.2]); },
  (f, r) => { section(f, 'liveness').searchMinScore = r.pick([0.97, 0.99, 0.6, 0.5]); },
  (f, r) => { section(f, 'documents').attemptLimit = r.pick([0, 6, 7, 10]); },
  (f, r) => { section(f, 'signUpForm').phoneGateway = r.pick(['whatsap', 'SMS', 'telegram']); },
  (f, r) => { section(f, 'liveness').searchMode = r.pick(['Fast', 'ACURATE', 'accurate']); },
  (f, r) => { section(f, 'steps').document = r.pick(['mandatroy', 'required', 'Optional']); },
  (f, r) => { f.status = r.pick(['actve', 'enabled', 'Active']); },
  (f, r) => { section(f, 'documents').verificationMethods = ['SCAN_PROMPT', r.pick(['SCAN_PROMT', 'SCAN_STUIDO', 'NFC'])]; },
  (f, r) => { renameOrAdd(section(f, 'liveness'), 'minScore', 'minScroe', round2(0.6 + r.next() * 0.2)); },
  (f, r) => { renameOrAdd(section(f, 'documents'), 'attemptLimit', 'attemptLimits', r.int(1, 5)); },
  (f) => { renameOrAdd(section(f, 'signUpForm'), 'phoneGateway', 'phoneGatway', 'sms'); },
  (f) => { section(f, 'integrations').callbackUrl = 'https://hooks.example/flow'; },
  // Missing cross-field requirements: an explicit empty list replaces the base's list.
  (f) => { section(f, 'steps').document = 'mandatory'; section(f, 'documents').verificationMethods = []; },
  (f) => {
    const i = section(f, 'integrations');
    Object.assign(i, { source: 'API', strategy: 'blacklist', apiTestType: 'phone' });
    delete i.apiUrl;
    i.apiTestValue = '';
  },
];

/** Renames a key where it stands (a typo keeps its place in the file), or adds the typo. */
function renameOrAdd(object, from, to, value) {
  const entries = Object.entries(object).map(([k, v]) => (k === from ? [to, v] : [k, v]));
  for (const key of Object.keys(object)) delete object[key];
  Object.assign(object, Object.fromEntries(entries));
  if (!(to in object)) object[to] = value;
}

// YAML 1.2 core schema: plain scalars that would not read back as strings, and characters that
// need quotes. Everything else is written plain, as people write it.
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))?$/;
const yamlScalar = (v) => {
  if (typeof v !== 'string') return String(v);
  return NOT_A_STRING.test(v) || /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$/.test(v) ? JSON.stringify(v) : v;
};
const isScalarList = (v) => Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');

function yamlLines(value, indent) {
  const pad = ' '.repeat(indent);
  const lines = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const [first, ...rest] = yamlLines(item, indent + 2);
      lines.push(`${pad}- ${first.trimStart()}`, ...rest);
    }
    return lines;
  }
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object' && !isScalarList(v) && !(Array.isArray(v) && v.length === 0)) lines.push(`${pad}${key}:`, ...yamlLines(v, indent + 2));
    else lines.push(`${pad}${key}: ${Array.isArray(v) ? `[${v.map(yamlScalar).join(', ')}]` : yamlScalar(v)}`);
  }
  return lines;
}

/** A flow file as a person writes it: a header comment, and a blank line between sections. */
function toYaml(flow, note) {
  const out = ['# yaml-language-server: $schema=https://flowkeeper.dev/schema/flow-file.schema.json', '#', `# ${note}`];
  for (const [key, v] of Object.entries(flow)) {
    const block = yamlLines({ [key]: v }, 0);
    if (block.length > 1) out.push('');
    out.push(...block);
  }
  return `${out.join('\n')}\n`;
}

const toJson = (flow) => `${JSON.stringify({ $schema: 'https://flowkeeper.dev/schema/flow-file.schema.json', ...flow }, null, 2)}\n`;

/**
 * What one repository holds: `files` in total (bases included), of `format` yaml or json, with
 * `errorShare` of the flows carrying mistakes. Returns the expected verdicts for checking.
 */
export function planRepository({ files, format, seed, errorShare = 0.2 }) {
  const rnd = createRandom(seed);
  const baseCount = files >= 1000 ? Math.round(files / 250) : files >= 50 ? 3 : 0;
  const ext = format === 'json' ? 'json' : 'yaml';
  const write = format === 'json' ? (flow) => toJson(flow) : (flow, note) => toYaml(flow, note);
  const entries = [];
  const bases = [];
  for (let i = 0; i < baseCount; i++) {
    const brand = BRANDS[i % BRANDS.length];
    const name = `${brand}-${['standard', 'strict', 'light', 'partner'][Math.floor(i / BRANDS.length) % 4]}${i >= 40 ? `-${i}` : ''}.${ext}`;
    bases.push({ name, brand });
    entries.push({ path: `bases/${name}`, text: write(makeBase(rnd, brand), `${brand}'s house standard; a base has no id, it is sent only through the flows that extend it`), invalid: false, base: true });
  }
  const ids = new Set();
  const flows = files - baseCount;
  // Exactly the share asked for, at places the PRNG picks.
  const invalidAt = new Set(rnd.sample([...Array(flows).keys()], Math.round(flows * errorShare)));
  for (let i = 0; i < flows; i++) {
    let id;
    do id = rnd.hex(24);
    while (ids.has(id));
    ids.add(id);
    const folder = `${REGIONS[Math.floor(i / 100) % REGIONS.length]}-${String(Math.floor(i / 100)).padStart(3, '0')}`;
    const product = rnd.pick(PRODUCTS);
    let extending;
    let brand = rnd.pick(BRANDS);
    if (bases.length && rnd.chance(0.5)) {
      const chosen = rnd.chance(0.2) && bases.length > 1 ? rnd.sample(bases, 2) : [rnd.pick(bases)];
      brand = chosen[0].brand;
      const refs = chosen.map((b) => `../bases/${b.name}`);
      extending = refs.length === 1 ? refs[0] : refs;
    }
    let flow = makeFlow(rnd, { id, brand, product, extending });
    const invalid = invalidAt.has(i);
    if (invalid) {
      for (const mistake of rnd.sample(MISTAKES, rnd.pick([1, 1, 1, 2, 3]))) mistake(flow, rnd);
      flow = inFileOrder(flow);
    }
    const note = `${brand[0].toUpperCase()}${brand.slice(1)} ${product} onboarding: ${rnd.pick(NOTES)}.`;
    entries.push({ path: `${folder}/${product}-${String(i).padStart(5, '0')}.${ext}`, text: write(flow, note), invalid, id });
  }
  return entries;
}

function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Makes sure `dir` holds the repository `spec` names, writing it only when its stamp (generator
 * version, source hash, seed, size, format) differs. Returns a summary of what it holds.
 */
export function ensureRepository(dir, spec, { force = false } = {}) {
  // Beside the folder, not in it: the stamp is not a flow file for any tool to find.
  const stampFile = `${dir}.stamp.json`;
  const wanted = { generator: GENERATOR_VERSION, source: SOURCE_HASH, ...spec, errorShare: spec.errorShare ?? 0.2 };
  const stamp = readStamp(stampFile);
  if (!force && stamp && JSON.stringify(stamp.spec) === JSON.stringify(wanted)) return { ...stamp.summary, reused: true };
  rmSync(stampFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const entries = planRepository(spec);
  const folders = new Set();
  let bytes = 0;
  for (const entry of entries) {
    const file = path.join(dir, entry.path);
    const folder = path.dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true }), folders.add(folder);
    writeFileSync(file, entry.text);
    bytes += Buffer.byteLength(entry.text);
  }
  const flows = entries.filter((e) => !e.base);
  const summary = {
    files: entries.length,
    bases: entries.length - flows.length,
    flows: flows.length,
    invalid: flows.filter((e) => e.invalid).map((e) => e.path),
    ids: flows.map((e) => e.id),
    bytes,
    meanBytes: Math.round(bytes / entries.length),
  };
  // Written last: an interrupted generation leaves no stamp and is redone next time.
  writeFileSync(stampFile, JSON.stringify({ spec: wanted, summary }));
  return { ...summary, reused: false };
}
