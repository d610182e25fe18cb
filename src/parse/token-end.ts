/**
 * Where the token written at `start` ends (exclusive), on its line: a quoted string at its
 * closing quote, a flow collection's bracket on its own, a plain scalar or key before a `: `,
 * a ` #` comment, a flow indicator or the line's end (trailing blanks left out). Never before
 * `start + 1`, so a range is never empty. What a finding's end position is made of.
 */
export function tokenEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 ? text.length : newline;
  if (start >= lineEnd) return start + 1;
  const first = text[start];
  if (first === '"' || first === "'") {
    for (let i = start + 1; i < lineEnd; i++) {
      if (first === '"' && text[i] === '\\') i++;
      else if (text[i] === first) {
        if (first === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return trimmed(text, start, lineEnd);
  }
  if (first === '[' || first === '{' || first === '|' || first === '>') return start + 1;
  let end = start;
  for (; end < lineEnd; end++) {
    const c = text[end];
    if (c === ',' || c === ']' || c === '}') break;
    if (c === ':' && (end + 1 >= lineEnd || /[\s,\]}]/.test(text[end + 1]!))) break;
    if (c === '#' && end > start && /\s/.test(text[end - 1]!)) break;
  }
  return trimmed(text, start, end);
}

function trimmed(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
  return Math.max(end, start + 1);
}
