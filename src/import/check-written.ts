import { isObject, jsonEqual, type JsonObject } from '../engine/json.js';
import { loadFlowFile } from '../files/load.js';
import { writablePart, type FieldUpdate } from './flow-content.js';

function valueAt(layer: JsonObject, keys: readonly string[]): unknown {
  let value: unknown = layer;
  for (const key of keys) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  return value;
}

/**
 * Reads a new file's text back as flowkeeper reads flow files and says what is wrong when it
 * does not hold exactly the id and the writable fields it was made from; undefined when it
 * does. A file is never written on the hope that the writer and the readers agree.
 */
export function checkWrittenFile(text: string, absolutePath: string, shown: string, id: string, serverFlow: JsonObject): string | undefined {
  const loaded = loadFlowFile(text, absolutePath, shown);
  if (!loaded.readable) return 'its text would not read back as a flow file';
  if (loaded.id !== id) return `it would read back with id ${JSON.stringify(loaded.id)}, not ${id}`;
  if (!jsonEqual(loaded.layer, writablePart(serverFlow))) return 'it would read back with other values than the server holds';
  return undefined;
}

/** As {@link checkWrittenFile}, for a file updated in place: each updated field reads back as written. */
export function checkUpdatedFile(text: string, absolutePath: string, shown: string, updates: readonly FieldUpdate[]): string | undefined {
  const loaded = loadFlowFile(text, absolutePath, shown);
  if (!loaded.readable) return 'the updated text would not read back as a flow file';
  const wrong = updates.find((update) => !jsonEqual(valueAt(loaded.layer, update.path), update.value));
  return wrong ? `${wrong.path.join('.')} would not read back as the server holds it` : undefined;
}
