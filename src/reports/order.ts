/**
 * Orders text by UTF-16 code units, as `Array.prototype.sort` does by default: the order file
 * lists are sorted in, the same on every machine whatever its locale, and free of the collator
 * that localeCompare sets up on first use (about 15 ms of every run that sorts two findings).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
