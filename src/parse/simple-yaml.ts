import { plainScalarValue } from './core-scalars.js';
import { MAX_NESTING } from './nesting.js';
import type { PlacedEntry, PlacedNode } from './placed-node.js';

// The fastest path: flow files are nearly always block YAML of a plain kind (mappings of plain
// names, lists, one-line scalars, comments). This reader takes exactly that kind, line by line,
// many times faster than `yaml` and with positions on request, and declines everything else
// (returns undefined), which `yaml` then reads. What it takes it reads exactly as `yaml` does
// (YAML 1.2 core schema), value and positions: whenever it is not certain, it declines rather
// than guess. Proven against the YAML test suite and a differential fuzzer
// (test/parse/yaml-test-suite.test.ts, test/parse/differential-fuzz.test.ts), and over the
// benchmark's corpus by test/parse/simple-yaml.test.ts and test/parse/locators.test.ts.
//
// Declined, among others: tabs, flow mappings other than `{}`, block scalars (`|`, `>`), scalars
// over several lines, quoted keys, empty values, `- ` items holding a list, anchors and tags,
// escapes other than JSON's in double quotes, and characters YAML does not allow in a stream.

/** Thrown to decline; caught at the top. A file is declined whole, never half read. */
const DECLINE = Symbol('decline');

// Keys `yaml` would read as something other than their name, and the one key an object cannot hold as data.
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
// What YAML refuses in a stream, any surrogate (an emoji, say: rare, and left to `yaml` with
// the rest) and tabs: one character class, which the regexp engine scans fast.
const UNREADABLE = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
// A CR that does not end a line with the LF after it.
const LONE_CR = /\r(?!\n)/;
// Characters that cannot start a plain scalar (YAML's indicators), and escapes JSON reads alike.
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of ",[]{}#&*!|>'\"%@`") NOT_PLAIN_START[c.charCodeAt(0)] = 1;
const JSON_ESCAPE = /["\\/bfnrt]/;
const FLOW_ITEM_DECLINED = /[[\]{}"'#:]/;
// YAML limits an implicit key to 1,024 characters up to its `:`; keys near that go to `yaml`,
// which rejects the ones over it.
const MAX_KEY_LENGTH = 1000;

// Keys, reused across lines and files: a key cut from the text is a new string, which the
// engine must hash and look up in its string table before it can name a property; the same key
// found here by its own hash is one it already knows. Flow files share nearly all their keys.
const KEY_SLOTS = 1024;
const keySlots: Array<string | undefined> = new Array<string | undefined>(KEY_SLOTS);

/** A document read by {@link parseSimpleYaml}: its value and, when asked for, where each node is. */
export interface SimpleYaml {
  value: Record<string, unknown>;
  root: PlacedNode | undefined;
}

// The key grammar of PLAIN_KEY in fast-parse.ts, by character code: it runs on every line.
function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isKeyPart(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 45;
}

function isSpecialKey(key: string): boolean {
  // Only keys starting n, N, t, T, f, F or _ can be special.
  const c = key.charCodeAt(0);
  return (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 95) && SPECIAL_KEY.test(key);
}

function decline(): never {
  throw DECLINE;
}

/**
 * Reads block YAML of the plain kind flow files are written in; undefined for anything else.
 * With `track`, also records where every node starts (for diagnostics; a second read is
 * cheaper than keeping positions for every file).
 */
export function parseSimpleYaml(text: string, track = false): SimpleYaml | undefined {
  // Windows line ends (\r\n, as git checks files out with core.autocrlf) are read; a lone CR,
  // tabs and unprintable characters are declined.
  if (UNREADABLE.test(text) || (text.indexOf('\r') !== -1 && LONE_CR.test(text))) return undefined;
  try {
    return new Reader(text, track).document();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

class Reader {
  private readonly n: number;
  /** Where to look for the next line with content. */
  private scanFrom = 0;
  // The current content line: its start, its first character, its end (before \n), and EOF.
  private lineStart = 0;
  private content = 0;
  private lineEnd = 0;
  private eof = false;

  constructor(
    private readonly text: string,
    private readonly track: boolean,
  ) {
    this.n = text.length;
  }

  document(): SimpleYaml {
    this.nextLine();
    if (this.eof || this.indent() !== 0 || this.isItem(this.content)) decline();
    const value = this.mapping(0, this.content, 0);
    if (!this.eof) decline();
    return { value, root: this.placed };
  }

  /** Moves to the next line that holds more than spaces and a comment. */
  private nextLine(): void {
    const { text, n } = this;
    let at = this.scanFrom;
    while (at < n) {
      let first = at;
      while (text.charCodeAt(first) === 32) first++;
      let end = text.indexOf('\n', first);
      if (end === -1) end = n;
      // A CRLF line's content ends before its CR (lone CRs were declined up front).
      const lineEnd = end > first && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (first < lineEnd && text.charCodeAt(first) !== 35 /* # */) {
        this.lineStart = at;
        this.content = first;
        this.lineEnd = lineEnd;
        this.scanFrom = end + 1;
        return;
      }
      at = end + 1;
    }
    this.eof = true;
  }

  private indent(): number {
    return this.content - this.lineStart;
  }

  /** A `-` that starts a list item: followed by a space or the end of the line. */
  private isItem(at: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.lineEnd || this.text.charCodeAt(at + 1) === 32);
  }

  /**
   * The length of a plain key at `at` (a letter, `_` or `$`, then letters, digits, `_`, `$` or
   * `-`) followed by `:` and a space or the line's end; else 0.
   */
  private keyAt(at: number): number {
    const { text } = this;
    let c = text.charCodeAt(at);
    if (!isKeyStart(c)) return 0;
    let hash = c;
    let colon = at + 1;
    while (isKeyPart((c = text.charCodeAt(colon)))) {
      hash = (Math.imul(hash, 31) + c) | 0;
      colon++;
    }
    if (c !== 58 /* : */ || colon - at > MAX_KEY_LENGTH) return 0;
    this.keyHash = hash;
    return colon + 1 === this.lineEnd || text.charCodeAt(colon + 1) === 32 ? colon - at : 0;
  }

  /** The hash of the key {@link keyAt} last found. */
  private keyHash = 0;

  /**
   * Where the value just read was written, when tracking: set by every reading method beside
   * the value it returns (a pair per value would be a large share of the reader's garbage).
   */
  private placed: PlacedNode | undefined;

  /** The key of `length` characters at `at` that {@link keyAt} just found, from the cache when it is there. */
  private keyText(at: number, length: number): string {
    const slot = this.keyHash & (KEY_SLOTS - 1);
    const cached = keySlots[slot];
    if (cached !== undefined && cached.length === length && this.text.startsWith(cached, at)) return cached;
    const key = this.text.slice(at, at + length);
    // A special key is never cached, so a cached key needs no second look.
    if (isSpecialKey(key)) decline();
    keySlots[slot] = key;
    return key;
  }

  /** A block mapping whose keys stand at column `indent`, the first at offset `first`. */
  private mapping(indent: number, first: number, depth: number): Record<string, unknown> {
    if (depth >= MAX_NESTING) decline();
    const { text } = this;
    const value: Record<string, unknown> = {};
    const pairs = this.track ? new Map<string, PlacedEntry>() : undefined;
    let at = first;
    for (;;) {
      const length = this.keyAt(at);
      if (length === 0) decline();
      const key = this.keyText(at, length);
      if (Object.hasOwn(value, key)) decline();
      let p = at + length + 1;
      while (text.charCodeAt(p) === 32) p++;
      let child: unknown;
      if (p >= this.lineEnd || text.charCodeAt(p) === 35) {
        // Nothing after the colon: a block below it, or (declined) an empty value.
        this.nextLine();
        if (this.eof) decline();
        if (this.indent() > indent) child = this.block(depth + 1);
        else if (this.indent() === indent && this.isItem(this.content)) child = this.sequence(indent, depth + 1);
        else decline();
      } else {
        child = this.inline(p, depth + 1);
        this.nextLine();
        // A deeper line after a scalar would continue it over several lines.
        if (!this.eof && this.indent() > indent) decline();
      }
      value[key] = child;
      pairs?.set(key, { key: at, value: this.placed });
      if (this.eof || this.indent() < indent) break;
      if (this.indent() > indent || this.isItem(this.content)) decline();
      at = this.content;
    }
    if (pairs) this.placed = { start: first, kind: 'map', pairs };
    return value;
  }

  /** A block list whose `-` stand at column `indent`; the current line is its first item. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth >= MAX_NESTING) decline();
    const { text } = this;
    const start = this.content;
    const value: unknown[] = [];
    const items: PlacedNode[] | undefined = this.track ? [] : undefined;
    for (;;) {
      let p = this.content + 1;
      while (text.charCodeAt(p) === 32) p++;
      // An item empty or holding a list of its own: declined.
      if (p >= this.lineEnd || text.charCodeAt(p) === 35 || this.isItem(p)) decline();
      let child: unknown;
      if (this.keyAt(p) > 0) {
        // `- key: value`: a mapping whose keys stand at the column of this one.
        child = this.mapping(p - this.lineStart, p, depth + 1);
      } else {
        child = this.inline(p, depth + 1);
        this.nextLine();
        if (!this.eof && this.indent() > indent) decline();
      }
      value.push(child);
      if (items) items.push(this.placed!);
      if (this.eof || this.indent() < indent) break;
      if (this.indent() > indent) decline();
      // A key at the list's column: the list was the value of the key above it, which goes on.
      if (!this.isItem(this.content)) break;
    }
    if (items) this.placed = { start, kind: 'seq', items };
    return value;
  }

  /** The block starting on the current line: a list or a mapping. */
  private block(depth: number): unknown {
    const indent = this.indent();
    return this.isItem(this.content) ? this.sequence(indent, depth) : this.mapping(indent, this.content, depth);
  }

  /** The rest of the line from `at` holds nothing but spaces and maybe a comment. */
  private expectLineEnd(at: number): void {
    const { text } = this;
    let p = at;
    while (text.charCodeAt(p) === 32) p++;
    if (p < this.lineEnd && !(text.charCodeAt(p) === 35 && p > at)) decline();
  }

  /** A value written on one line from `at`: a scalar, `[...]` of plain scalars, or `{}`. */
  private inline(at: number, depth: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(at);
    // A flow list places itself; anything else on the line is one node starting here.
    if (this.track && c !== 91 /* [ */) this.placed = c === 123 /* { */ ? { start: at, kind: 'map', pairs: new Map() } : { start: at, kind: 'scalar' };
    if (c === 34 /* " */) {
      let p = at + 1;
      let escaped = false;
      for (;;) {
        if (p >= this.lineEnd) decline();
        const d = text.charCodeAt(p);
        if (d === 34) break;
        if (d === 92 /* \ */) {
          if (!JSON_ESCAPE.test(text[p + 1] ?? '')) decline();
          escaped = true;
          p += 2;
        } else p++;
      }
      this.expectLineEnd(p + 1);
      return escaped ? (JSON.parse(text.slice(at, p + 1)) as string) : text.slice(at + 1, p);
    }
    if (c === 39 /* ' */) {
      let p = at + 1;
      for (;;) {
        if (p >= this.lineEnd) decline();
        if (text.charCodeAt(p) === 39) {
          if (text.charCodeAt(p + 1) !== 39) break;
          p += 2;
        } else p++;
      }
      this.expectLineEnd(p + 1);
      return text.slice(at + 1, p).replaceAll("''", "'");
    }
    if (c === 123 /* { */) {
      if (text.charCodeAt(at + 1) !== 125 || depth >= MAX_NESTING) decline();
      this.expectLineEnd(at + 2);
      return {};
    }
    if (c === 91 /* [ */) return this.flowList(at, depth);
    const end = this.plainEnd(at, this.lineEnd);
    return this.plainValue(text.slice(at, end));
  }

  /** `[a, b, c]` on one line, of plain scalars only. */
  private flowList(at: number, depth: number): unknown[] {
    if (depth >= MAX_NESTING) decline();
    const { text } = this;
    let close = at + 1;
    // A `#` anywhere inside: after a space it starts a comment that hides the rest of the line,
    // `]` included (`[x #y, z]` is unclosed), and the item rules below decline it otherwise.
    while (close < this.lineEnd && text.charCodeAt(close) !== 93) {
      if (text.charCodeAt(close) === 35 /* # */) decline();
      close++;
    }
    if (close >= this.lineEnd) decline();
    this.expectLineEnd(close + 1);
    const value: unknown[] = [];
    const items: PlacedNode[] | undefined = this.track ? [] : undefined;
    let p = at + 1;
    while (text.charCodeAt(p) === 32) p++;
    if (items) this.placed = { start: at, kind: 'seq', items };
    if (p === close) return value;
    for (;;) {
      let comma = p;
      while (comma < close && text.charCodeAt(comma) !== 44) comma++;
      const end = this.plainEnd(p, comma);
      const written = text.slice(p, end);
      // Brackets, braces, quotes, colons or a comment inside: more than this reader takes.
      if (FLOW_ITEM_DECLINED.test(written)) decline();
      value.push(this.plainValue(written));
      items?.push({ start: p, kind: 'scalar' });
      if (comma === close) break;
      p = comma + 1;
      while (text.charCodeAt(p) === 32) p++;
    }
    return value;
  }

  /** Where a plain scalar starting at `at` ends, before `limit`: at a ` #` comment, trailing spaces trimmed. */
  private plainEnd(at: number, limit: number): number {
    const { text } = this;
    if (at >= limit) decline();
    const c = text.charCodeAt(at);
    // Indicators cannot start a plain scalar; `-`, `?` and `:` can, when not followed by a space.
    if (c < 128 && NOT_PLAIN_START[c] === 1) decline();
    if ((c === 45 || c === 63 || c === 58) && (at + 1 >= limit || text.charCodeAt(at + 1) === 32)) decline();
    let end = at;
    // Searched within the line only: indexOf would run on to the end of the file every time.
    while (end < limit && !(text.charCodeAt(end) === 35 && text.charCodeAt(end - 1) === 32)) end++;
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    return end;
  }

  private plainValue(written: string): unknown {
    // `a: b` inside a value is a mapping where none may be; a final `:` likewise.
    if (written === '' || written.includes(': ') || written.endsWith(':')) decline();
    const value = plainScalarValue(written);
    if (typeof value === 'number' && !Number.isFinite(value)) decline();
    return value;
  }
}
