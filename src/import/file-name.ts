/** The longest slug a file is named with; long names are cut at a word boundary where one is near. */
export const MAX_SLUG_LENGTH = 60;

// Names Windows reserves whatever the extension: a file named so cannot be checked out there.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A flow's name as a file name's stem: letters without their accents, lower case, digits, and
 * single hyphens for everything else (`Retail Onboarding – EU` → `retail-onboarding-eu`). Empty
 * when nothing of the name is left (a name of symbols or of other scripts).
 */
export function slugify(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = plain;
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
  }
  return RESERVED.test(slug) ? `${slug}-flow` : slug;
}

/**
 * The stem of a new flow file: the slug of the flow's name, or its id when the name has none
 * (or no name at all); made unique against `taken` (stems in lower case, whatever their
 * extension, so `a.yaml` and `a.json` never both appear, nor `A.yaml` beside `a.yaml` on a
 * file system that ignores case) by `-2`, `-3`, …. The stem chosen is added to `taken`.
 */
export function uniqueStem(name: string | undefined, id: string, taken: Set<string>): string {
  const base = (name === undefined ? '' : slugify(name)) || id.toLowerCase();
  let stem = base;
  for (let n = 2; taken.has(stem); n += 1) stem = `${base}-${n}`;
  taken.add(stem);
  return stem;
}

/** The stem of a file name in lower case, as {@link uniqueStem} compares them (`Flows.Yaml` → `flows`). */
export function takenStem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).toLowerCase();
}
