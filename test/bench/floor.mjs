// The floor: the least any validator of these files must do in one process. It finds the
// flow files under a folder, reads each one and parses it with the parser flowkeeper uses for
// it, and does nothing else: no schema, no bases, no report. flowkeeper's time over this is what
// its own work costs.
//
//   node test/bench/floor.mjs --yaml yaml|simple+yaml|js-yaml:SCHEMA|simple+js-yaml:SCHEMA --json json-parse|jsonc DIR
//
// As a module it exports detectParsers(), which reads flowkeeper's compiled file loaders to find
// the parsers it uses at run time (the fast path is being worked on; the floor follows it).

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FLOW_FILE = /\.(ya?ml|json)$/i;

/** The module specifiers a compiled file imports, statically or dynamically. */
function importsOf(source) {
  const found = new Set();
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)) found.add(m[1]);
  return found;
}

/**
 * Which parsers flowkeeper's loaders (lib/parse/*.js) use: js-yaml when any loader imports it
 * (a fast path), else the yaml package; JSON.parse when a loader (a file named for parsing,
 * loading or decoding) calls it, else jsonc-parser's tree. Returns the choice and the evidence, for the report.
 */
export function detectParsers(repoRoot) {
  const dir = path.join(repoRoot, 'lib', 'parse');
  const sources = readdirSync(dir).filter((f) => /\.c?js$/.test(f)).map((f) => ({ file: f, text: readFileSync(path.join(dir, f), 'utf8') }));
  const importers = (spec) => sources.filter((s) => importsOf(s.text).has(spec)).map((s) => s.file);
  const jsYaml = importers('js-yaml');
  // flowkeeper's own line reader (simple-yaml.js), where a loader uses it, comes first; the files
  // it declines go to js-yaml, as in flowkeeper.
  const simple = importers('./simple-yaml.js');
  // js-yaml's CORE_SCHEMA is its built-in schema closest to YAML 1.2 core, which a fast path
  // must mimic to read files as `yaml` does; a custom schema of the same four types costs the same.
  // Without js-yaml, the files the line reader declines go to `yaml` (simple+yaml).
  const yaml = jsYaml.length ? `${simple.length ? 'simple+' : ''}js-yaml:CORE_SCHEMA` : `${simple.length ? 'simple+' : ''}yaml`;
  const simpleEvidence = simple.length ? `lib/parse/{${simple.join(',')}} import flowkeeper's line reader (simple-yaml.js) and ` : '';
  const yamlEvidence = jsYaml.length
    ? `${simpleEvidence}lib/parse/{${jsYaml.join(',')}} import js-yaml`
    : `${simpleEvidence}lib/parse/{${importers('bundled-require.cjs').concat(importers('yaml')).join(',')}} load yaml`;
  // Only the loaders count: a results cache, say, reads its own JSON with JSON.parse too.
  const jsonParse = sources.filter((s) => /parse|load|decode/.test(s.file) && /\bJSON\.parse\s*\(/.test(s.text)).map((s) => s.file);
  const json = jsonParse.length ? 'json-parse' : 'jsonc';
  const jsonEvidence = jsonParse.length ? `lib/parse/{${jsonParse.join(',')}} call JSON.parse` : `lib/parse/{${importers('jsonc-parser').join(',')}} import jsonc-parser`;
  return { yaml, json, evidence: [yamlEvidence, jsonEvidence] };
}

/** The parse functions, loaded from the copies flowkeeper itself resolves. */
async function loadParsers(repoRoot, yamlChoice, jsonChoice) {
  const require = createRequire(path.join(repoRoot, 'lib', 'files', 'load.js'));
  const load = (spec) => import(pathToFileURL(require.resolve(spec)).href);
  let parseYaml;
  if (yamlChoice.includes('js-yaml')) {
    const jsYaml = await load('js-yaml');
    const schemaName = yamlChoice.split(':')[1];
    const options = schemaName ? { schema: jsYaml[schemaName] } : {};
    parseYaml = (text) => jsYaml.load(text, options);
    if (yamlChoice.startsWith('simple+')) {
      const { parseSimpleYaml } = await import(pathToFileURL(path.join(repoRoot, 'lib', 'parse', 'simple-yaml.js')).href);
      const fallback = parseYaml;
      parseYaml = (text) => parseSimpleYaml(text)?.value ?? fallback(text);
    }
  } else {
    const { parseDocument } = await load('yaml');
    // flowkeeper's options: YAML 1.2 core, no merge keys; it checks duplicate keys in its own pass.
    const options = { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, strict: true, prettyErrors: false };
    parseYaml = (text) => parseDocument(text, options).toJS();
    if (yamlChoice.startsWith('simple+')) {
      const { parseSimpleYaml } = await import(pathToFileURL(path.join(repoRoot, 'lib', 'parse', 'simple-yaml.js')).href);
      const fallback = parseYaml;
      parseYaml = (text) => parseSimpleYaml(text)?.value ?? fallback(text);
    }
  }
  let parseJson = JSON.parse;
  if (jsonChoice === 'jsonc') {
    const { parseTree, getNodeValue } = await load('jsonc-parser');
    parseJson = (text) => getNodeValue(parseTree(text, [], { disallowComments: true }));
  }
  return { parseYaml, parseJson };
}

function flowFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && FLOW_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

async function main(argv) {
  const args = { yaml: 'yaml', json: 'json-parse', dir: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--yaml' || argv[i] === '--json') args[argv[i].slice(2)] = argv[++i];
    else args.dir = argv[i];
  }
  if (!args.dir) throw new Error('usage: floor.mjs --yaml yaml|simple+yaml|js-yaml:SCHEMA|simple+js-yaml:SCHEMA --json json-parse|jsonc DIR');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { parseYaml, parseJson } = await loadParsers(repoRoot, args.yaml, args.json);
  let parsed = 0;
  for (const file of flowFiles(path.resolve(args.dir))) {
    const text = readFileSync(file, 'utf8');
    const value = /\.json$/i.test(file) ? parseJson(text) : parseYaml(text);
    if (value !== undefined) parsed++;
  }
  process.stdout.write(`${parsed} files parsed\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // As flowkeeper's CLI does: the yaml parser reads process.env per token, and a plain copy is
  // cheaper to read than Node's environment object. Same process model, same costs.
  process.env = { ...process.env };
  await main(process.argv.slice(2));
}
