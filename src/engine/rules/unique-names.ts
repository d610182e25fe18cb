import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { isObject, quote } from '../json.js';

/** Additional sign-up fields are told apart by name, so a name may appear only once. */
export function checkUniqueFieldNames(flow: unknown): Diagnostic[] {
  if (!isObject(flow) || !isObject(flow.signUpForm) || !Array.isArray(flow.signUpForm.additionalFields)) return [];
  const firstIndex = new Map<string, number>();
  const out: Diagnostic[] = [];
  flow.signUpForm.additionalFields.forEach((item, index) => {
    if (!isObject(item) || typeof item.name !== 'string' || item.name === '') return;
    const first = firstIndex.get(item.name);
    if (first === undefined) {
      firstIndex.set(item.name, index);
      return;
    }
    const field = `signUpForm.additionalFields.${index}.name`;
    out.push(diagnostic(field, `${field} is ${quote(item.name)}, already used by signUpForm.additionalFields.${first}; expected a unique name`, 'unique-name'));
  });
  return out;
}
