import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REPO } from '../helpers/run-cli.js';

// VS Code's own JSON language service, fed only file: URLs: proves that an editor resolves the
// schema's relative $refs from disk and never needs the network.
const require = createRequire(import.meta.url);
const service = require('vscode-json-languageservice') as typeof import('vscode-json-languageservice');

const fetched: string[] = [];
const ls = service.getLanguageService({
  schemaRequestService: async (uri: string) => {
    fetched.push(uri);
    if (!uri.startsWith('file:')) throw new Error(`an editor would have to fetch ${uri}`);
    return readFile(fileURLToPath(uri), 'utf8');
  },
  workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
});
ls.configure({ validate: true, allowComments: false });

async function inEditor(file: string, text: string) {
  const doc = service.TextDocument.create(pathToFileURL(path.join(REPO, file)).href, 'json', 1, text);
  const json = ls.parseJSONDocument(doc);
  return { doc, json, diagnostics: await ls.doValidation(doc, json) };
}

describe('flow-file.schema.json in an editor', () => {
  it('shows errors at the offending values of a JSON flow file', async () => {
    const text = JSON.stringify({ $schema: '../../schema/flow-file.schema.json', id: 'abc', liveness: { minScore: 0.99, searchMode: 'fast', minScroe: 1 } }, null, 2);
    const { diagnostics } = await inEditor('examples/flows/editor-check.json', text);
    const lines = diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3: .*pattern/),
        expect.stringMatching(/^5: .*maximum of 0\.9/),
        expect.stringMatching(/^6: .*"FAST", "ACCURATE"/),
        expect.stringMatching(/^7: .*minScroe.*not allowed/),
      ]),
    );
    expect(fetched.every((uri) => uri.startsWith('file:'))).toBe(true);
  });

  it('completes the writable fields at the top level', async () => {
    const text = '{\n  "$schema": "../../schema/flow-file.schema.json",\n  \n}';
    const { doc, json } = await inEditor('examples/flows/editor-complete.json', text);
    const completion = await ls.doComplete(doc, { line: 2, character: 2 }, json);
    expect(completion?.items.map((i) => i.label)).toEqual(expect.arrayContaining(['id', 'extends', 'status', 'signUpForm', 'documents', 'liveness', 'steps', 'integrations']));
  });

  it('shows no error that resolution through a base would cure', async () => {
    // steps.document is mandatory here and the verification methods live in the base: the
    // editor judges this file alone, so it must stay silent.
    const text = await readFile(path.join(REPO, 'examples/flows/partner-screening.json'), 'utf8');
    const { diagnostics } = await inEditor('examples/flows/partner-screening.json', text);
    expect(diagnostics).toEqual([]);
  });
});

describe('the examples point editors at the schema', () => {
  it.each([
    'examples/flows/bases/lumen-standard.yaml',
    'examples/flows/retail-onboarding.yaml',
    'examples/flows/high-assurance.yaml',
    'examples/flows/student-pilot.yaml',
    'examples/flows/partner-screening.json',
  ])('%s', async (file) => {
    const text = await readFile(path.join(REPO, file), 'utf8');
    const reference = file.endsWith('.json')
      ? (JSON.parse(text) as { $schema: string }).$schema
      : /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0] ?? '')?.[1];
    expect(reference).toBeDefined();
    expect(path.resolve(path.dirname(path.join(REPO, file)), reference!)).toBe(path.join(REPO, 'schema/flow-file.schema.json'));
  });
});
