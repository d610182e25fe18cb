// Counts are worded alike in every output and in the verdicts of src/app, so the helper lives
// beside printable.ts; formatters take it from here.
export { countOf } from '../count-of.js';
