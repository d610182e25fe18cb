import { hasOwn, isObject, jsonEqual } from '../engine/json.js';

/** A sent field the server did not take as sent. */
export interface Divergence {
  /** Dot path with numeric indexes, as in diagnostics. */
  field: string;
  sent: unknown;
  /** `undefined` when the field is missing from the answer. */
  returned: unknown;
}

function walk(sent: unknown, returned: unknown, path: string, out: Divergence[]): void {
  if (isObject(sent)) {
    if (!isObject(returned)) {
      out.push({ field: path, sent, returned });
      return;
    }
    for (const key of Object.keys(sent)) {
      walk(sent[key], hasOwn(returned, key) ? returned[key] : undefined, path === '' ? key : `${path}.${key}`, out);
    }
    return;
  }
  // Arrays replace wholesale, but the server fills defaults into their items (documentTemplates),
  // so items are compared key by key like objects; a different length is a divergence of the list.
  if (Array.isArray(sent)) {
    if (!Array.isArray(returned) || returned.length !== sent.length) {
      out.push({ field: path, sent, returned });
      return;
    }
    sent.forEach((item, index) => walk(item, returned[index], path === '' ? String(index) : `${path}.${index}`, out));
    return;
  }
  if (!jsonEqual(sent, returned)) out.push({ field: path, sent, returned });
}

/**
 * After a 200, lists the fields of the sent body whose value the server does not hold as sent
 * ("did not converge"): a field it ignored, clamped or rewrote. Fields the body did not send are
 * not looked at; defaults the server adds inside sent objects and array items are not differences.
 */
export function compareConvergence(sent: unknown, returned: unknown): Divergence[] {
  const out: Divergence[] = [];
  walk(sent, returned, '', out);
  return out;
}
