import type { ErrorObject } from 'ajv';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import { isObject, joinField, quote } from './json.js';
import { closest } from './suggest.js';

/** Keys the server owns: a patch may not carry them. */
const READ_ONLY_ROOT_KEYS = new Set(['_id', 'createdAt', 'updatedAt', 'webhookUrl', 'redirectUrl']);

type SchemaObject = Record<string, unknown>;

function pointerToField(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** "a number from 0.52 to 0.9", "a whole number of at least 1", "one of "FAST", "ACCURATE"". */
function expectedOf(schema: SchemaObject | undefined): string {
  if (!schema) return 'a valid value';
  if (typeof schema['x-expected'] === 'string') return schema['x-expected'];
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => quote(v)).join(', ')}`;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  const min = num(schema.minimum);
  const max = num(schema.maximum);
  const names = types.map((type) => {
    switch (type) {
      case 'integer':
      case 'number': {
        const noun = type === 'integer' ? 'a whole number' : 'a number';
        if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
        if (min !== undefined) return `${noun} of at least ${min}`;
        if (max !== undefined) return `${noun} of at most ${max}`;
        return noun;
      }
      case 'boolean':
        return 'true or false';
      case 'array':
        return 'a list';
      case 'object':
        return 'an object';
      case 'string':
        return num(schema.minLength) ? 'a non-empty string' : 'a string';
      case 'null':
        return 'null';
      default:
        return type;
    }
  });
  return names.length ? names.join(' or ') : 'a valid value';
}

function subjectOf(field: string, root: string): string {
  return field === '' ? root : field;
}

function mapOne(error: ErrorObject, root: string): Diagnostic | undefined {
  const field = pointerToField(error.instancePath);
  const parent = error.parentSchema as SchemaObject | undefined;
  const subject = subjectOf(field, root);
  if (parent && typeof parent['x-message'] === 'string') {
    return diagnostic(field, parent['x-message'], String(parent['x-rule'] ?? 'rule'));
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const unknownField = joinField(field, key);
      if (field === '' && READ_ONLY_ROOT_KEYS.has(key)) {
        return diagnostic(unknownField, `${key} is read-only: the server sets it, so it cannot be updated`, 'read-only');
      }
      const known = isObject(parent?.properties) ? Object.keys(parent.properties) : [];
      const hint = closest(key, known);
      return diagnostic(unknownField, `${unknownField} is not a known field${hint ? `; did you mean ${hint}?` : field === '' ? '' : `; expected one of ${known.join(', ')}`}`, 'unknown-key');
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const missing = joinField(field, key);
      return diagnostic(missing, `${missing} is required`, 'required');
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const hint = typeof error.data === 'string' ? closest(error.data, allowed.filter((v): v is string => typeof v === 'string')) : undefined;
      return diagnostic(field, `${subject} is ${quote(error.data)}; expected ${expectedOf(parent)}${hint ? `; did you mean ${quote(hint)}?` : ''}`, 'enum');
    }
    case 'type':
      return diagnostic(field, `${subject} is ${quote(error.data)}${typeof error.data === 'string' ? ' (a string)' : ''}; expected ${expectedOf(parent)}`, 'type');
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return diagnostic(field, `${subject} is ${quote(error.data)}; expected ${expectedOf(parent)}`, 'range');
    case 'minLength':
      return diagnostic(field, `${subject} is ${quote(error.data)}; expected a non-empty string`, 'non-empty');
    case 'minItems':
      return diagnostic(field, `${subject} is an empty list; expected at least one item`, 'non-empty');
    case 'pattern':
    case 'oneOf':
    case 'anyOf':
      return diagnostic(field, `${subject} is ${quote(error.data)}; expected ${expectedOf(parent)}`, String(parent?.['x-rule'] ?? 'format'));
    default:
      return diagnostic(field, `${subject} ${error.message ?? 'is not valid'}`, error.keyword);
  }
}

/**
 * Turns ajv's errors into diagnostics shaped like the API's 422 `details`. Errors that only
 * explain another (the branches of a failed oneOf, the `if` of a conditional) are dropped.
 * `root` names the whole value in messages when the error is at its top.
 */
export function mapSchemaErrors(errors: readonly ErrorObject[] | null | undefined, root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  eachSchemaDiagnostic(errors, root, (d) => {
    out.push(d);
    return true;
  });
  return out;
}

/**
 * {@link mapSchemaErrors} one diagnostic at a time, in the same order, to `visit`; stops as soon
 * as `visit` returns false, so that only the diagnostics used are built.
 */
export function eachSchemaDiagnostic(errors: readonly ErrorObject[] | null | undefined, root: string, visit: (diagnostic: Diagnostic) => boolean): void {
  if (!errors) return;
  const umbrellas = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
  // A value of the wrong type also fails its enum or range; the type error says it all.
  const mistyped = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'type' && mistyped.has(error.instancePath) && error.keyword !== 'additionalProperties' && error.keyword !== 'required') continue;
    if (umbrellas.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const diagnostic = mapOne(error, root);
    if (diagnostic && !visit(diagnostic)) return;
  }
}
