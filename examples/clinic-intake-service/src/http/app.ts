import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { createSealer, SealError } from '../crypto/sealer.js';
import { type Database, isUnavailable } from '../db/database.js';
import { engineTiming } from '../engine/engine.js';
import type { Deps } from '../service/deps.js';
import { flagStream, type FlagHub } from './flag-stream.js';
import { pageRoutes } from './pages.js';
import { personRoutes } from './person-routes.js';
import { SECURITY_HEADERS } from './security.js';
import { staffRoutes } from './staff-routes.js';

/** Request bodies above this are refused with 413 (a full intake's snapshot is about 10 KB). */
export const BODY_LIMIT = 128 * 1024;

/** The built pages: dist/public beside the bundled server, or the package's dist/public from src/http. */
const here = dirname(fileURLToPath(import.meta.url));
export const PUBLIC_DIR = here.endsWith('dist') ? resolve(here, 'public') : resolve(here, '../../dist/public');

/** Options of {@link buildApp}. */
export interface AppOptions {
  readonly config: Config;
  readonly db: Database;
  /** Log requests (pino, to stdout). Answers are never logged: bodies are not, and tokens are never in URLs. */
  readonly logger?: boolean;
  readonly publicDir?: string;
}

/** The service: the Fastify app and its live flag streams. */
export interface Service {
  readonly app: FastifyInstance;
  readonly hub: FlagHub;
}

/**
 * Build the HTTP service over an open, migrated database.
 *
 * @param options - Configuration, database, logging, the built pages' folder.
 * @returns The app (not listening yet) and its flag hub.
 */
export function buildApp(options: AppOptions): Service {
  const app = Fastify({
    logger: options.logger === true ? { level: 'info' } : false,
    bodyLimit: BODY_LIMIT,
    // Types as sent: "5" is not an integer and an unknown field is an error, never quietly fixed or dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  const deps: Deps = { db: options.db, sealer: createSealer(options.config.encryptionKey), config: options.config, flagsRaised: () => hub.poke() };
  const hub = flagStream(app, deps);

  app.addHook('onSend', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    if (!options.config.demo) void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isUnavailable(error)) {
      return reply
        .code(503)
        .header('retry-after', '2')
        .send({ code: 'database-unavailable', message: 'The database is unavailable. Nothing was changed; retry shortly.' });
    }
    if (error.validation !== undefined) {
      const first = error.validation[0];
      const where = `${error.validationContext ?? 'body'}${first?.instancePath ?? ''}`;
      return reply.code(400).send({ code: 'bad-request', message: `${where} ${first?.message ?? 'is not valid'}.`, path: where });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send({ code: 'body-too-large', message: `Request bodies are limited to ${BODY_LIMIT} bytes.` });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return reply.code(415).send({ code: 'unsupported-media-type', message: 'Send JSON (content-type: application/json).' });
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({
        code: 'bad-request',
        message: error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError ? 'The body is not valid JSON.' : 'The request is not valid.',
      });
    }
    request.log.error({ err: error }, error instanceof SealError ? 'sealed value could not be opened' : 'unexpected error');
    return reply.code(500).send({ code: 'internal', message: 'Something went wrong on the server. Nothing half-done was kept.' });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ code: 'not-found', message: 'No such route.' }));

  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_request, reply) => {
    await options.db.query('SELECT 1');
    return reply.send({ ok: true, database: options.db.kind });
  });
  if (options.config.metrics) {
    // For the load script only (INTAKE_METRICS=1), and only from this machine.
    app.get('/internal/metrics', async (request, reply) => {
      if (request.ip !== '127.0.0.1' && request.ip !== '::1') return reply.code(404).send({ code: 'not-found', message: 'No such route.' });
      const cpu = process.cpuUsage();
      return { engine: engineTiming(), cpuMs: (cpu.user + cpu.system) / 1000, uptimeMs: process.uptime() * 1000 };
    });
  }

  personRoutes(app, deps);
  staffRoutes(app, deps, hub);
  pageRoutes(app, options.publicDir ?? PUBLIC_DIR);
  app.addHook('onClose', async () => hub.close());
  return { app, hub };
}
