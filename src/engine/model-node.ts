/**
 * One node of the flow model, read from schema/ by `npm run generate`: which keys an object
 * has, what types a value may take, its documented default, and whether the server owns it.
 */
export interface ModelNode {
  /** JSON types the value may take (`null` among them where the schema allows null). */
  types?: string[];
  /** The documented default, filled in where the value is missing. */
  default?: unknown;
  /** Set by the server; kept from the baseline and never taken from a patch. */
  readOnly?: boolean;
  /** Known keys of an object. */
  properties?: Record<string, ModelNode>;
  /** The model of every item of an array. */
  items?: ModelNode;
}
