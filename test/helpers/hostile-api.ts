import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a hostile API sees it: `token` is the bearer token it carried. */
export interface HostileRequest {
  method: string;
  /** The last path segment: the flow id. */
  id: string;
  token: string;
}

/** What a hostile API answers: any status, any JSON body, any headers. */
export interface HostileAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * An API on 127.0.0.1 that answers every request as `answer` says: a server that echoes the
 * token, or puts workflow commands in its messages, for tests of what the CLI shows of it.
 */
export async function hostileApi(answer: (request: HostileRequest) => HostileAnswer): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const reply = answer({ method: req.method ?? '', id: (req.url ?? '').split('/').pop() ?? '', token: (req.headers.authorization ?? '').replace(/^Bearer /, '') });
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(() => done())) };
}
