import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSimpleYaml } from '../../src/parse/simple-yaml.js';
import { planRepository } from '../helpers/bench-corpus.js';
import { REPO } from '../helpers/run-cli.js';

// The suite and the fuzzer prove that what the line reader takes it reads exactly; that is worth
// something only if it takes the files people write. It must take nearly every realistic file,
// or the speed the benchmark reports comes from somewhere the agreement was not proven.

describe('the line reader takes realistic flow files', () => {
  it('every YAML file of the benchmark corpus (the seed the benchmark uses)', () => {
    const files = planRepository({ files: 3000, format: 'yaml', seed: 20240601 });
    const declined = files.filter((f) => parseSimpleYaml(f.text) === undefined).map((f) => f.path);
    expect(declined).toEqual([]);
  });

  it('every example flow file and every flow of the CLI fixture repository', () => {
    const folders = ['examples/flows', 'test/fixtures/cli-repo/flows'];
    const files = folders.flatMap((folder) =>
      readdirSync(path.join(REPO, folder), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
        .map((e) => path.join(e.parentPath, e.name)),
    );
    const declined = files.filter((file) => parseSimpleYaml(readFileSync(file, 'utf8')) === undefined);
    expect(files.length).toBeGreaterThan(5);
    expect(declined).toEqual([]);
  });
});
