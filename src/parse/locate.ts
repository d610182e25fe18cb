import type { Diagnostic } from '../engine/diagnostic.js';
import { requiredWhen } from '../engine/rules/required-when.js';
import { splitField, type Located, type ParsedSource } from './parsed-source.js';

/** Rules whose diagnostic belongs on the key rather than on its value. */
const KEY_RULES = new Set(['unknown-key', 'read-only']);

/** One source of a resolved flow: a file's parsed text and its display path. */
export interface Layer {
  path: string;
  source: ParsedSource | undefined;
}

function offsetFor(located: Located, wanted: number, rule: string): number {
  if (located.depth === wanted) {
    return KEY_RULES.has(rule) && located.keyOffset !== undefined ? located.keyOffset : located.valueOffset;
  }
  // A missing field is shown at the nearest enclosing key that is written down.
  return located.keyOffset ?? located.valueOffset;
}

/** Gives a diagnostic the position of its field in one file. */
export function placeInFile(diagnostic: Diagnostic, layer: Layer): Diagnostic {
  if (!layer.source) return { ...diagnostic, file: layer.path, line: diagnostic.line ?? 1, column: diagnostic.column ?? 1 };
  const segments = splitField(diagnostic.field);
  const located = layer.source.find(segments);
  const offset = offsetFor(located, segments.length, diagnostic.rule);
  const end = layer.source.endOf(offset);
  return { ...diagnostic, file: layer.path, ...layer.source.position(offset), endLine: end.line, endColumn: end.column };
}

/**
 * Finds the file a field of a resolved flow comes from, given its layers (lowest priority
 * first). The last layer that writes the field wins; a layer that writes a list or a scalar on
 * the way owns everything under it, because lists and scalars replace on merge. A field nobody
 * writes is shown at the deepest enclosing key, preferring the file being resolved.
 */
export function placeAcrossLayers(diagnostic: Diagnostic, layers: readonly Layer[]): Diagnostic {
  // A required field that nobody writes is caused by the field that requires it: shown there
  // when that one is written.
  const cause = diagnostic.rule === 'required-when' ? requiredWhen(diagnostic.field) : undefined;
  if (cause && !writtenIn(diagnostic.field, layers) && writtenIn(cause.trigger, layers)) {
    return { ...placeWritten({ ...diagnostic, field: cause.trigger }, layers), field: diagnostic.field };
  }
  return placeWritten(diagnostic, layers);
}

/** Whether some layer writes the field itself (not only a key above it). */
function writtenIn(field: string, layers: readonly Layer[]): boolean {
  const segments = splitField(field);
  return layers.some((layer) => layer.source !== undefined && layer.source.find(segments).depth === segments.length);
}

function placeWritten(diagnostic: Diagnostic, layers: readonly Layer[]): Diagnostic {
  const segments = splitField(diagnostic.field);
  let best: { layer: Layer; located: Located } | undefined;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (!layer.source) continue;
    const located = layer.source.find(segments);
    if (located.depth === segments.length && segments.length > 0) return placeInFile(diagnostic, layer);
    if (located.depth === 0) continue;
    const replacesWholesale = located.throughList || located.kind !== 'map';
    if (replacesWholesale) return placeInFile(diagnostic, layer);
    if (!best || located.depth > best.located.depth) best = { layer, located };
  }
  return placeInFile(diagnostic, best?.layer ?? layers[layers.length - 1]!);
}
