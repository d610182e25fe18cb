import type { IncomingMessage, ServerResponse } from 'node:http';
import { SandboxConfigError } from './errors.js';
import { readBody } from './body.js';
import type { FaultSwitch } from './faults.js';
import type { RequestLog } from './request-log.js';
import { sendError, sendJson } from './responses.js';

/** Where the control endpoints live; never part of the vendor's API. */
export const CONTROL_PREFIX = '/__sandbox/';

/** What the control endpoints act on. */
export interface ControlContext {
  faults: FaultSwitch;
  log: RequestLog;
  clock: () => number;
}

/**
 * The test-only endpoints, for driving a sandbox from another process (the CLI under test):
 * `GET|POST|DELETE /__sandbox/faults` (POST takes one fault or a list) and
 * `GET|DELETE /__sandbox/log`. Answers `{ data }`, or the API's error shape.
 */
export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, ctx: ControlContext): Promise<void> {
  const route = `${req.method ?? ''} ${path}`;
  switch (route) {
    case 'GET /__sandbox/faults':
      return sendJson(res, 200, { data: ctx.faults.pending() });
    case 'DELETE /__sandbox/faults':
      ctx.faults.clear();
      return sendJson(res, 200, { data: [] });
    case 'POST /__sandbox/faults': {
      const read = await readBody(req, 64 * 1024);
      if (read.kind !== 'ok') return sendError(res, 400, ctx.clock(), { message: 'Fault body is missing or too large' });
      try {
        ctx.faults.inject(JSON.parse(read.text) as never);
      } catch (error) {
        const message = error instanceof SandboxConfigError ? error.message : 'Invalid JSON format';
        return sendError(res, 400, ctx.clock(), { message });
      }
      return sendJson(res, 200, { data: ctx.faults.pending() });
    }
    case 'GET /__sandbox/log':
      return sendJson(res, 200, { data: ctx.log.entries() });
    case 'DELETE /__sandbox/log':
      ctx.log.clear();
      return sendJson(res, 200, { data: [] });
    default:
      return sendError(res, 404, ctx.clock(), { message: 'Unknown sandbox control endpoint' });
  }
}
