import path from 'node:path';

/** The flow-file schema's own `$id`: where an editor finds it when no copy is at hand. */
export const FLOW_FILE_SCHEMA_URL = 'https://flowkeeper.dev/schema/flow-file.schema.json';

/**
 * What a new file's `$schema` says: the path from the file's folder to the schema file found
 * (the installed package's, or the repository's own), with `/` separators as editors expect;
 * the schema's URL when none was found.
 */
export function schemaReference(fileFolder: string, schemaFile: string | undefined): string {
  if (schemaFile === undefined) return FLOW_FILE_SCHEMA_URL;
  return path.relative(fileFolder, schemaFile).split(path.sep).join('/');
}
