import { InvalidFlowIdError } from './errors.js';

/** A MongoDB ObjectId: exactly 24 hexadecimal characters (the spec's 23-character ids are typos). */
const FLOW_ID = /^[0-9a-fA-F]{24}$/;

/** True when `id` is a well-formed flow id. */
export function isFlowId(id: unknown): id is string {
  return typeof id === 'string' && FLOW_ID.test(id);
}

/** Returns `id` unchanged when it is a well-formed flow id; throws {@link InvalidFlowIdError} otherwise. */
export function assertFlowId(id: unknown): string {
  if (!isFlowId(id)) throw new InvalidFlowIdError(typeof id === 'string' ? id : String(id));
  return id;
}

/**
 * The form in which flow ids are compared, and shown by plans and syncs: lower case. ObjectIds
 * are hex, which ignores letter case, so `AB…` and `ab…` name one flow on the server.
 */
export function canonicalFlowId(id: string): string {
  return id.toLowerCase();
}
