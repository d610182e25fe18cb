import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { tokenProblem } from '../token-rules.js';
import { SandboxConfigError } from './errors.js';
import { createAuthenticator, type Caller } from './auth.js';
import { lockDataFile } from './data-file-lock.js';
import { drainBody } from './body.js';
import { CONTROL_PREFIX, handleControl } from './control.js';
import { FaultSwitch, type Fault } from './faults.js';
import { handleDeleteFlow, handleGetFlow, handlePutFlow } from './flow-routes.js';
import { SlidingWindowLimiter, DEFAULT_SANDBOX_RATE, type RateLimitOptions } from './rate-limiter.js';
import { RequestLog } from './request-log.js';
import { sendError } from './responses.js';
import { FlowStore, type SeedFlow } from './store.js';

/** How to run a sandbox. Everything is optional; the defaults suit a quick local try. */
export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the sandbox is never reachable from elsewhere unless asked. */
  host?: string;
  /**
   * Tokens that may read and write, each at least 16 visible ASCII characters as the client
   * requires (src/token-rules.ts); default one random token, shown as `handle.token`.
   */
  tokens?: string | readonly string[];
  /** Tokens that may read but get 403 on PUT (the documented "insufficient permissions"); the same rules. */
  readOnlyTokens?: readonly string[];
  /** Per-token sliding-window limit; default 50 per 60 000 ms as documented; `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Flows to start with. */
  flows?: readonly SeedFlow[];
  /**
   * JSON file to load at start and rewrite atomically after each change. It is locked
   * (`FILE.lock`) while the sandbox runs: a second sandbox on it fails to start.
   */
  dataFile?: string;
  /** Epoch ms for timestamps, the rate limit and the log; default Date.now. */
  clock?: () => number;
  /** Enables the `/__sandbox/…` control endpoints (faults, log). Off by default. */
  control?: boolean;
  /** Request body limit; default 1 MiB. Larger bodies get 413. */
  maxBodyBytes?: number;
}

/** A running sandbox. */
export interface SandboxHandle {
  /** Base URL to give the client as `apiUrl` (`http://127.0.0.1:PORT`). */
  url: string;
  port: number;
  host: string;
  /** The first read-write token (generated when none was given). */
  token: string;
  store: FlowStore;
  faults: FaultSwitch;
  log: RequestLog;
  /** Stops listening, cuts open connections, waits for pending writes of the data file and releases its lock. */
  close(): Promise<void>;
}

const FLOW_ROUTE = /^\/v3\/project-flows\/([^/]*)$/;

/**
 * The tokens as given, each checked by the rules the client applies (src/token-rules.ts): a
 * token the sandbox took but the client refused would be of no use to anyone.
 */
function checkedTokens(tokens: string | readonly string[], what: string): string[] {
  const list = typeof tokens === 'string' ? [tokens] : [...tokens];
  for (const token of list) {
    const problem = tokenProblem(token, what);
    if (problem !== undefined) throw new SandboxConfigError(problem);
  }
  return list;
}

function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}

/** Why a server could not listen, in the user's terms, by the system's error code. */
const LISTEN_FAILURES: Record<string, string> = {
  EADDRINUSE: 'the port is in use; choose another port, or 0 for a free one',
  EACCES: 'permission denied (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'no network interface of this machine has that address',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
};

/**
 * Listens on host:port. A failure the user can mend (a port in use, an address not of this
 * machine) is a {@link SandboxConfigError} naming both; anything else keeps its own error.
 */
function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const reason = LISTEN_FAILURES[error.code ?? ''];
      const where = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
      reject(reason ? new SandboxConfigError(`the sandbox cannot listen on ${where} (${error.code}): ${reason}`, { cause: error }) : error);
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

/**
 * Starts a local HTTP server that behaves like `PUT|GET|DELETE /v3/project-flows/{id}` as documented:
 * bearer auth (401/403), id format (400), per-token rate limit (429 with Retry-After),
 * 404, 409 for flows with active users, 422 from the engine's merge-and-validate, and 200 with
 * the merged flow. Faults queued on `handle.faults` hit the API routes before anything else.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const clock = options.clock ?? Date.now;
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SandboxConfigError(`sandbox port ${port} is not valid; expected a whole number from 0 to 65535 (0 picks a free one)`);
  // An empty host would bind every interface, the opposite of the default's intent.
  const host = options.host ?? '127.0.0.1';
  if (host === '') throw new SandboxConfigError('sandbox host "" is not valid; expected an address such as 127.0.0.1');
  // The generated token is 40 characters long.
  const tokens = checkedTokens(options.tokens ?? `sandbox-${randomBytes(16).toString('hex')}`, 'a sandbox token');
  if (tokens.length === 0) throw new SandboxConfigError('the sandbox was given no token; expected at least one, or no tokens option to have one made up');
  const authenticate = createAuthenticator(tokens, checkedTokens(options.readOnlyTokens ?? [], 'a read-only sandbox token'));
  const rate = options.rateLimit === undefined ? DEFAULT_SANDBOX_RATE : options.rateLimit;
  if (rate && !(Number.isInteger(rate.requests) && rate.requests > 0 && rate.windowMs > 0)) {
    throw new SandboxConfigError(`rate limit ${rate.requests} per ${rate.windowMs} ms is not valid; expected positive numbers`);
  }
  const limiter = rate ? new SlidingWindowLimiter(rate) : undefined;
  // Held from before the store reads the file until the last write is done: one writer per file.
  const lock = options.dataFile ? await lockDataFile(options.dataFile) : undefined;
  const releaseAndThrow = async (error: unknown): Promise<never> => {
    await lock?.release();
    throw error;
  };
  const store = await FlowStore.open({ seed: options.flows ?? [], ...(options.dataFile ? { dataFile: options.dataFile } : {}), now: clock }).catch(releaseAndThrow);
  const faults = new FaultSwitch();
  const log = new RequestLog();
  const routeContext = { store, clock, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) };

  async function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    switch (fault.kind) {
      case 'drop':
        req.socket.destroy();
        return true;
      case 'drop-after': {
        // The request is handled in full (a PUT is stored), but no byte of the answer leaves.
        res.writeHead = (() => res) as never;
        res.write = (() => true) as never;
        res.end = (() => {
          req.socket.destroy();
          return res;
        }) as never;
        return false;
      }
      case 'delay':
        await delay(fault.ms);
        return false;
      case 'status':
        await drainBody(req);
        sendError(res, fault.status, clock(), fault.retryAfter !== undefined ? { headers: { 'retry-after': fault.retryAfter } } : {});
        return true;
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, caller: Caller, at: number): Promise<void> {
    const match = FLOW_ROUTE.exec(path);
    if (!match) {
      await drainBody(req);
      return sendError(res, 404, clock(), { message: 'Route not found' });
    }
    if (req.method !== 'GET' && req.method !== 'PUT' && req.method !== 'DELETE') {
      await drainBody(req);
      return sendError(res, 405, clock(), { headers: { allow: 'GET, PUT, DELETE' } });
    }
    if (!caller.known) {
      await drainBody(req);
      return sendError(res, 401, clock());
    }
    if (limiter) {
      // Counted at arrival, the moment the request log records, so the two always agree.
      const admission = limiter.admit(caller.tokenHash, at);
      if (!admission.allowed) {
        await drainBody(req);
        return sendError(res, 429, clock(), { headers: { 'retry-after': retryAfterSeconds(admission.retryAfterMs) } });
      }
    }
    const segment = match[1]!;
    if (req.method === 'GET') return handleGetFlow(req, res, segment, routeContext);
    if (req.method === 'DELETE') return handleDeleteFlow(req, res, segment, caller.canWrite, routeContext);
    return handlePutFlow(req, res, segment, caller.canWrite, routeContext);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = clock();
    const path = (req.url ?? '/').split('?')[0]!;
    const caller = authenticate(req.headers.authorization);
    if (options.control && path.startsWith(CONTROL_PREFIX)) {
      if (!caller.known) {
        await drainBody(req);
        return sendError(res, 401, clock());
      }
      return handleControl(req, res, path, { faults, log, clock });
    }
    const fault = faults.take(req.method);
    res.on('close', () => {
      log.record({
        method: req.method ?? '',
        path: path.slice(0, 200),
        status: res.writableFinished ? res.statusCode : 0,
        at,
        time: new Date(at).toISOString(),
        tokenHash: caller.tokenHash,
        ...(fault ? { fault: fault.kind } : {}),
      });
    });
    if (fault && (await applyFault(fault, req, res))) return;
    await handleApi(req, res, path, caller, at);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // A bug in a handler must not take the sandbox down, nor print request data anywhere.
      if (!res.headersSent) sendError(res, 500, clock());
      else res.destroy();
    });
  });
  await listen(server, host, port).catch(releaseAndThrow);
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    host,
    token: tokens[0]!,
    store,
    faults,
    log,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.flush();
      await lock?.release();
    },
  };
}
