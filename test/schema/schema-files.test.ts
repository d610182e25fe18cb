import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers/run-cli.js';

type Schema = Record<string, unknown>;
const dir = path.join(REPO, 'schema');
const schemas: Record<string, Schema> = Object.fromEntries(
  readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Schema]),
);

function resolve(ref: string, file: string): Schema {
  const [target, pointer = ''] = ref.split('#');
  let node: unknown = schemas[target ? path.basename(target) : file];
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Schema)[part];
  return node as Schema;
}

/** Every object schema under a file, with the file its $refs resolve in and a path for messages. */
function* objectSchemas(node: unknown, file: string, where: string): Generator<[Schema, string, string]> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* objectSchemas(item, file, `${where}/${i}`);
    return;
  }
  yield [node as Schema, file, where];
  for (const [key, value] of Object.entries(node)) yield* objectSchemas(value, file, `${where}/${key}`);
}

describe('schema/', () => {
  it('holds the six schemas, each draft 2020-12 with an $id', () => {
    expect(Object.keys(schemas).sort()).toEqual(['config.schema.json', 'flow-file.schema.json', 'flow.schema.json', 'plan.schema.json', 'sections.schema.json', 'update-body.schema.json']);
    for (const [file, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://flowkeeper.dev/schema/${file}`);
    }
  });

  it('describes every property (directly or through its $ref)', () => {
    const missing: string[] = [];
    for (const [file, schema] of Object.entries(schemas)) {
      for (const [node, , where] of objectSchemas(schema, file, file)) {
        // The conditional parts of flow.schema.json only constrain properties described elsewhere.
        if (where.includes('/then') || where.includes('/if')) continue;
        const properties = node.properties as Record<string, Schema> | undefined;
        for (const [key, property] of Object.entries(properties ?? {})) {
          const described = property.description ?? (typeof property.$ref === 'string' ? resolve(property.$ref, file).description : undefined);
          if (typeof described !== 'string' || described.length < 5) missing.push(`${where}/properties/${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('closes every object: additionalProperties is false wherever properties are listed', () => {
    const open: string[] = [];
    for (const [file, schema] of Object.entries(schemas)) {
      for (const [node, , where] of objectSchemas(schema, file, file)) {
        if (where.includes('/then') || where.includes('/if')) continue;
        if (node.properties && node.additionalProperties !== false) open.push(where);
      }
    }
    expect(open).toEqual([]);
  });

  it('gives every documented default', () => {
    const defs = schemas['sections.schema.json']!.$defs as Record<string, Schema>;
    const defaultOf = (section: string, field: string) => ((defs[section]!.properties as Record<string, Schema>)[field]!).default;
    expect(defaultOf('liveness', 'minScore')).toBe(0.65);
    expect(defaultOf('liveness', 'searchMinScore')).toBe(0.8);
    expect(defaultOf('integrations', 'webhook')).toBeNull();
    expect(defaultOf('integrations', 'apiTestType')).toBe('email');
    expect(defaultOf('signUpForm', 'phoneGateway')).toBe('sms');
    expect(defaultOf('documents', 'attemptLimit')).toBe(3);
    expect(defs.status!.default).toBe('draft');
    expect(defs.version!.default).toBe(1);
  });
});
