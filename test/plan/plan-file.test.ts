import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { canonicalJson, contentDigest, parsePlanFile } from '../../src/plan/plan-file.js';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';

const A: PlannedFlow = { path: 'flows/a.yaml', id: '65f1a2b3c4d5e6f7a8b9c0d1', body: { status: 'active', steps: { document: 'mandatory', liveness: 'mandatory' } }, status: 'active' };
const B: PlannedFlow = { path: 'flows/b.yaml', id: '65f1a2b3c4d5e6f7a8b9c0d2', body: { status: 'draft' }, status: 'draft' };

describe('contentDigest', () => {
  it('is sha256 over the canonical JSON of [path, id, body], sorted by path, as plan.schema.json documents it', () => {
    const text = '[["flows/a.yaml","65f1a2b3c4d5e6f7a8b9c0d1",{"status":"active","steps":{"document":"mandatory","liveness":"mandatory"}}],["flows/b.yaml","65f1a2b3c4d5e6f7a8b9c0d2",{"status":"draft"}]]';
    expect(contentDigest([B, A])).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  const CASES: Array<{ name: string; other: PlannedFlow[]; same: boolean }> = [
    { name: 'the same flows in another order', other: [B, A], same: true },
    { name: 'the same body with keys in another order', other: [{ ...A, body: { steps: { liveness: 'mandatory', document: 'mandatory' }, status: 'active' } }, B], same: true },
    { name: 'an id in upper case', other: [{ ...A, id: A.id.toUpperCase() }, B], same: true },
    { name: 'a changed body', other: [{ ...A, body: { status: 'paused' } }, B], same: false },
    { name: 'a moved file', other: [{ ...A, path: 'flows/c.yaml' }, B], same: false },
    { name: 'a flow fewer', other: [A], same: false },
    { name: 'another id', other: [{ ...A, id: '65f1a2b3c4d5e6f7a8b9c0d3' }, B], same: false },
  ];
  it.each(CASES)('$name: same digest is $same', ({ other, same }) => {
    expect(contentDigest(other) === contentDigest([A, B])).toBe(same);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, and leaves out undefined values', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: undefined, '': null })).toBe('{"":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('parsePlanFile', () => {
  const good = { version: 1, flowkeeperVersion: '0.1.0', against: { kind: 'git', label: 'HEAD' }, digest: `sha256:${'0'.repeat(64)}`, flows: [] };
  const ROWS: Array<{ name: string; text: string; problem?: string }> = [
    { name: 'a good plan', text: JSON.stringify(good) },
    { name: 'not JSON', text: 'plan', problem: 'is not JSON' },
    { name: 'null', text: 'null', problem: 'holds null; expected a JSON object' },
    { name: 'version 2', text: JSON.stringify({ ...good, version: 2, flowkeeperVersion: '9.0.0' }), problem: 'version is 2 (written by flowkeeper "9.0.0"); expected 1' },
    { name: 'version "1"', text: JSON.stringify({ ...good, version: '1' }), problem: 'version is "1"' },
    { name: 'an unknown key', text: JSON.stringify({ ...good, extra: true }), problem: 'extra' },
    { name: 'an id in upper case', text: JSON.stringify({ ...good, flows: [{ path: 'a', id: 'A'.repeat(24), action: 'update', body: {}, changes: [] }] }), problem: 'flows.0.id' },
  ];
  it.each(ROWS)('$name', ({ text, problem }) => {
    const reading = parsePlanFile(text);
    if (problem === undefined) expect(reading.ok).toBe(true);
    else expect(reading.ok ? '' : reading.problem).toContain(problem);
  });
});
