import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** A running loopback server: its origin (no trailing slash) and a way to stop it. */
export interface InteropServer {
  readonly origin: string;
  /** Serve a JSON value at `path` (e.g. a FHIR Questionnaire a page fetches), until the server stops. */
  json(path: `/${string}`, value: unknown): string;
  close(): Promise<void>;
}

/**
 * Serve folders on 127.0.0.1 at a free port: GET and HEAD only, nothing outside each folder, no caching.
 *
 * @param mounts - URL prefix → folder, e.g. `{ '/': DIST, '/lforms/': LFORMS }`; the longest prefix wins.
 * @returns The server; close it in `afterAll`.
 * @example
 * ```ts
 * const server = await serve({ '/': DIST });
 * await page.goto(`${server.origin}/rjsf.html?q=briefScreen`);
 * await server.close();
 * ```
 */
export async function serve(mounts: Readonly<Record<`/${string}`, string>>): Promise<InteropServer> {
  const roots = Object.entries(mounts)
    .map(([prefix, folder]) => [prefix, normalize(folder)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const documents = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const document = documents.get(path);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if ((request.method !== 'GET' && request.method !== 'HEAD') || (document === undefined && mount === undefined)) {
      response.writeHead(404).end();
      return;
    }
    if (document !== undefined) {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(document);
      return;
    }
    const [prefix, root] = mount!;
    const rest = path.slice(prefix.length);
    const file = normalize(join(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    try {
      if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw new Error('not served');
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    json(path, value) {
      documents.set(path, JSON.stringify(value));
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
