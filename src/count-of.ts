/**
 * `1 error`, `2 errors`: a count with its noun in the right number. The plural is the noun with
 * an `s` unless given (`1 flow file`, `2 flow files`; `1 difference`, `2 differences`).
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
