import type { Diagnostic } from '../engine/diagnostic.js';

/** A 1-based line and column. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** How far a field path reaches into a parsed document. */
export interface Located {
  /** How many leading segments of the path exist in the document (0: none). */
  depth: number;
  /** Offset of the value at that depth (the document's root when depth is 0). */
  valueOffset: number;
  /** Offset of the key that holds that value (undefined for the root and for list items). */
  keyOffset?: number;
  /** The kind of value at that depth. */
  kind: 'map' | 'seq' | 'scalar';
  /** Whether the path passes through a list before that depth (lists replace wholesale on merge). */
  throughList: boolean;
}

/**
 * A flow file as parsed: its data, the problems of reading it, and a way back from a field
 * path to where it is written. Implemented for YAML and JSON over each parser's own tree, so
 * positions cost nothing until a diagnostic asks for one.
 */
export interface ParsedSource {
  /** The data; undefined when the text could not be parsed at all. */
  value: unknown;
  /** Problems of reading the file (syntax, duplicate keys, limits), already positioned. */
  problems: Diagnostic[];
  /** Follows `path` (keys and list indexes) as far as the document goes, as walk-path.ts says. */
  find(path: readonly string[]): Located;
  /** Converts an offset into a 1-based line and column. */
  position(offset: number): SourcePosition;
  /** Where the token written at an offset ends (exclusive), as a 1-based line and column. */
  endOf(offset: number): SourcePosition;
}

/** Splits a diagnostic's dot path into segments ("" is the root). */
export function splitField(field: string): string[] {
  return field === '' ? [] : field.split('.');
}
