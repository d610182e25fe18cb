/**
 * The bounds on what a PUT body may be and on what a 422 lists, alone (request-limits.ts) and
 * as the sandbox answers over loopback HTTP: deep nesting and too many values get a 400 that
 * names the limit, never a 500, and the flow stays as it was; a 422 lists the engine's first
 * 100 errors and says how many there are.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mergeAndValidate } from '../../src/index.js';
import { holdsMoreValuesThan, jsonNestsDeeperThan, MAX_BODY_DEPTH, MAX_BODY_VALUES, MAX_DETAILS, MAX_ERRORS_COUNTED } from '../../src/sandbox/request-limits.js';
import type { SandboxHandle } from '../../src/sandbox/index.js';
import { call, FLOW_ID, startTestSandbox } from '../helpers/sandbox.js';

/** `inner` wrapped in `levels` lists. */
const lists = (levels: number, inner = '') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
/** `inner` wrapped in `levels` objects, each under key "a". */
const objects = (levels: number, inner = '1') => `${'{"a":'.repeat(levels)}${inner}${'}'.repeat(levels)}`;

describe('jsonNestsDeeperThan', () => {
  const cases: ReadonlyArray<[string, string, number, boolean]> = [
    ['a scalar', '"x"', 0, false],
    ['an empty object at 1', '{}', 1, false],
    ['an empty object past 0', '{}', 0, true],
    ['3 lists at 3', lists(3), 3, false],
    ['4 lists past 3', lists(4), 3, true],
    ['objects and lists mixed, 4 deep', '{"a":[{"b":[1]}]}', 4, false],
    ['the same past 3', '{"a":[{"b":[1]}]}', 3, true],
    ['siblings do not add up', '{"a":[[1]],"b":[[2]],"c":{"d":{}}}', 3, false],
    ['brackets in strings do not count', `{"a":"${'['.repeat(100)}"}`, 1, false],
    ['nor after escaped quotes and backslashes', String.raw`{"a":"\"[[[\\","b":"{{{\\\"[["}`, 1, false],
    ['a key full of brackets', `{"${'{'.repeat(50)}":1}`, 1, false],
    ['100,000 lists', lists(100_000), MAX_BODY_DEPTH, true],
  ];
  test.each(cases)('%s', (_name, text, max, expected) => {
    expect(jsonNestsDeeperThan(text, max)).toBe(expected);
  });
});

describe('holdsMoreValuesThan', () => {
  const cases: ReadonlyArray<[string, unknown, number, boolean]> = [
    ['a scalar is 1 value', 5, 1, false],
    ['a scalar past 0', null, 0, true],
    ['an object and its 2 values are 3', { a: 1, b: [] }, 3, false],
    ['the same past 2', { a: 1, b: [] }, 2, true],
    ['nested lists count every list and item: 9', [[1, 2], [3, [4, 5]]], 9, false],
    ['the same past 8', [[1, 2], [3, [4, 5]]], 8, true],
    ['a key named __proto__ counts like any other: 4', JSON.parse('{"__proto__":[1,2]}'), 4, false],
    ['the same past 3', JSON.parse('{"__proto__":[1,2]}'), 3, true],
  ];
  test.each(cases)('%s', (_name, value, max, expected) => {
    expect(holdsMoreValuesThan(value, max)).toBe(expected);
  });
});

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startTestSandbox({ rateLimit: false });
});
afterAll(() => sandbox.close());

const TOO_DEEP = `Request body nests lists and objects more than ${MAX_BODY_DEPTH} levels deep; expected at most ${MAX_BODY_DEPTH}`;
const TOO_MANY = `Request body holds more than ${MAX_BODY_VALUES} values; expected at most ${MAX_BODY_VALUES} (each object, list, string, number, boolean and null counts 1)`;

/** A valid body of `n` values in all: a document template list (free-form) holds what the path to it does not. */
function withValues(n: number): string {
  // The body, documents, documentTypes, the type, country, configurations, the configuration, documentCategory, documentTemplates: 9.
  const documentTemplates = Array.from({ length: n - 9 }, () => 1);
  return JSON.stringify({ documents: { documentTypes: [{ country: 'x', configurations: [{ documentCategory: 'a', documentTemplates }] }] } });
}

describe('a PUT body past the bounds', () => {
  // Each of these got a 500 (a stack overflow in the merge, the validator or the error mapping), or was walked to its end.
  const refused: ReadonlyArray<[string, string, string]> = [
    ['a-body-nested-100000-lists-deep-gets-400-not-500: under signUpForm.additionalFields', `{"signUpForm":{"additionalFields":${lists(100_000)}}}`, TOO_DEEP],
    ['100,000 lists under documents.verificationMethods', `{"documents":{"verificationMethods":${lists(100_000)}}}`, TOO_DEEP],
    ['100,000 lists in a document template', `{"documents":{"documentTypes":[{"country":"x","configurations":[{"documentCategory":"a","documentTemplates":${lists(100_000)}}]}]}}`, TOO_DEEP],
    ['100,000 objects under an unknown key', `{"x":${objects(100_000)}}`, TOO_DEEP],
    ['100,000 lists that never close (not JSON either)', `{"x":${'['.repeat(100_000)}`, TOO_DEEP],
    [`one level past ${MAX_BODY_DEPTH}`, `{"x":${lists(MAX_BODY_DEPTH)}}`, TOO_DEEP],
    [`${MAX_BODY_VALUES + 1} values`, withValues(MAX_BODY_VALUES + 1), TOO_MANY],
  ];
  test.each(refused)('%s: 400 saying so, and the flow unchanged', async (_name, body, message) => {
    const before = sandbox.store.get(FLOW_ID);
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body });
    expect([response.status, response.json?.message, response.json?.code]).toEqual([400, message, 'BadRequest']);
    expect(sandbox.store.get(FLOW_ID)).toEqual(before);
  });

  // At the bounds the engine judges the body as usual.
  const judged: ReadonlyArray<[string, string, number]> = [
    [`${MAX_BODY_DEPTH} levels: an unknown key, 422`, `{"x":${lists(MAX_BODY_DEPTH - 1)}}`, 422],
    [`${MAX_BODY_DEPTH} levels in a document template (free-form), 200`, `{"documents":{"documentTypes":[{"country":"x","configurations":[{"documentCategory":"a","documentTemplates":[${lists(MAX_BODY_DEPTH - 7)}]}]}]}}`, 200],
    [`${MAX_BODY_VALUES} values, 200`, withValues(MAX_BODY_VALUES), 200],
    ['brackets in a string, 200', JSON.stringify({ signUpForm: { additionalFields: [{ name: 'a', label: '['.repeat(100_000), type: 'text' }] } }), 200],
  ];
  test.each(judged)('%s', async (_name, body, status) => {
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body });
    expect(response.status).toBe(status);
  });
});

/** A body with exactly `n` errors: additional fields whose label is a number, each reported once. */
function withErrors(n: number): Record<string, unknown> {
  return { signUpForm: { additionalFields: Array.from({ length: n }, (_, i) => ({ name: `field${i}`, label: 2, type: 'text' })) } };
}

describe('a 422 with many errors', () => {
  const cases: ReadonlyArray<[number, string]> = [
    [1, 'Project flow validation failed'],
    [MAX_DETAILS, 'Project flow validation failed'],
    [MAX_DETAILS + 1, `Project flow validation failed: ${MAX_DETAILS + 1} errors; details lists the first ${MAX_DETAILS}`],
    [MAX_ERRORS_COUNTED, `Project flow validation failed: ${MAX_ERRORS_COUNTED} errors; details lists the first ${MAX_DETAILS}`],
    [MAX_ERRORS_COUNTED + 1, `Project flow validation failed: more than ${MAX_ERRORS_COUNTED} errors; details lists the first ${MAX_DETAILS}`],
  ];
  test.each(cases)('%i errors: details are the engine\'s first ones, and the message says "%s"', async (errors, message) => {
    const body = withErrors(errors);
    const all = mergeAndValidate(sandbox.store.get(FLOW_ID), body).errors;
    expect(all).toHaveLength(errors);
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body });
    expect([response.status, response.json.message]).toEqual([422, message]);
    expect(response.json.details).toEqual(all.slice(0, MAX_DETAILS).map(({ field, message: text }) => ({ field, message: text })));
  });

  test('an-878-KiB-body-of-bad-values-gets-a-422-of-100-details: thousands of invalid items, a small answer', async () => {
    // 8,990 additional fields of 100 bytes, each with four values of the wrong type: 35,960 errors in 44,953 values.
    const item = { name: 1, label: 2, type: 3, required: 'x'.repeat(56) };
    const text = JSON.stringify({ signUpForm: { additionalFields: Array.from({ length: 8990 }, () => item) } });
    expect(Math.round(text.length / 1024)).toBe(878);
    const before = sandbox.store.get(FLOW_ID);
    const response = await call(sandbox, 'PUT', `/v3/project-flows/${FLOW_ID}`, { body: text });
    expect([response.status, response.json.message]).toEqual([422, `Project flow validation failed: more than ${MAX_ERRORS_COUNTED} errors; details lists the first ${MAX_DETAILS}`]);
    expect(response.json.details).toHaveLength(MAX_DETAILS);
    expect(response.json.details[0]).toEqual({ field: 'signUpForm.additionalFields.0.name', message: 'signUpForm.additionalFields.0.name is 1; expected a non-empty string' });
    expect(Buffer.byteLength(response.text)).toBeLessThan(32 * 1024);
    expect(sandbox.store.get(FLOW_ID)).toEqual(before);
  });
});
