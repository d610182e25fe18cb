import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFlowId } from '../api/flow-id.js';
import { drainBody } from './body.js';
import { sendError, sendJson } from './responses.js';
import type { FlowStore } from './store.js';

/** What the project endpoint needs from the server around it. */
export interface ProjectRouteContext {
  store: FlowStore;
  /** Epoch ms, for error timestamps. */
  clock: () => number;
}

/**
 * `GET /v3/projects/{id}`, after auth and rate limit: `{ data: { _id, name?, projectFlows } }`,
 * 400 for a malformed id, 404 for a project no flow names and nobody listed.
 */
export async function handleGetProject(req: IncomingMessage, res: ServerResponse, segment: string, ctx: ProjectRouteContext): Promise<void> {
  await drainBody(req);
  let id: string | undefined;
  try {
    id = decodeURIComponent(segment);
  } catch {
    id = undefined;
  }
  if (!isFlowId(id)) return sendError(res, 400, ctx.clock(), { message: 'Invalid project ID format' });
  const project = ctx.store.project(id);
  if (!project) return sendError(res, 404, ctx.clock(), { message: 'Project not found' });
  sendJson(res, 200, { data: project });
}
