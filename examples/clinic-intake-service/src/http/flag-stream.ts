import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { reasonIn } from '../engine/engine.js';
import type { Deps } from '../service/deps.js';
import { audit } from '../store/audit.js';
import { flagsById, openFlagIds, type SafetyFlag } from '../store/flags.js';
import { findSession, type StaffSession } from '../store/staff.js';
import { requireStaff } from './security.js';

interface Listener {
  readonly session: StaffSession;
  readonly token: string;
  readonly out: ServerResponse;
  readonly source: string;
  /** Open flags this page has been sent (and not seen since). */
  readonly shown: Set<number>;
}

/** The live streams of one instance, and what they were last told. */
export interface FlagHub {
  /** Look for changes now (a step on this instance raised a flag, or someone marked one seen). */
  poke(): void;
  /** End the streams of a session that signed out here (other instances notice within a minute). */
  endSession(token: string): void;
  close(): void;
  readonly listeners: () => number;
}

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Server-sent events of open safety flags for staff pages. Each instance polls the database for the open
 * flag ids (a partial index keeps that cheap) while it has listeners, and sooner when poked; so a flag
 * raised through any instance reaches pages on every instance, and no instance keeps state another needs.
 * A page is sent every open flag when it connects, then `flag` for each new one and `seen` when one is
 * marked seen anywhere. Each flag sent is written to the audit log before it is sent.
 */
export function flagStream(app: FastifyInstance, deps: Deps): FlagHub {
  const listeners = new Set<Listener>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let closed = false;

  const deliver = async (l: Listener, flags: readonly SafetyFlag[]) => {
    if (flags.length === 0) return;
    await audit(deps.db, {
      actor: { kind: 'staff', staffId: l.session.userId },
      action: 'flags.stream',
      detail: { flagIds: flags.map((f) => f.id) },
      source: l.source,
    });
    for (const f of flags) {
      l.shown.add(f.id);
      l.out.write(event('flag', { ...f, reasonText: reasonIn(f.reason, deps.config.staffLocale) }));
    }
  };

  const poll = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (listeners.size === 0) break;
        const open = new Set(await openFlagIds(deps.db));
        for (const l of listeners) {
          for (const id of [...l.shown]) {
            if (!open.has(id)) {
              l.shown.delete(id);
              l.out.write(event('seen', { id }));
            }
          }
          const fresh = [...open].filter((id) => !l.shown.has(id));
          if (fresh.length > 0) await deliver(l, await flagsById(deps.db, deps.sealer, fresh));
        }
      } while (again && !closed);
    } catch (error) {
      // The database is unavailable: pages keep what they have; the next poll catches up.
      app.log.warn({ err: error }, 'flag stream poll failed');
    } finally {
      running = false;
      schedule();
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = closed || listeners.size === 0 ? undefined : setTimeout(() => void poll(), deps.config.flagPollMs);
  };

  // Sessions can be revoked or expire while a page listens: check each minute and end the stream if so.
  const sessionCheck = setInterval(() => {
    for (const l of listeners) {
      findSession(deps.db, l.token).then(
        (s) => {
          if (s === undefined) l.out.end();
        },
        () => undefined,
      );
    }
  }, 60_000);
  sessionCheck.unref();
  const heartbeat = setInterval(() => {
    for (const l of listeners) l.out.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  app.get('/api/staff/flags/stream', async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    if (auth === undefined) return reply;
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    out.write('retry: 2000\n\n');
    const listener: Listener = { session: auth.session, token: auth.token, out, source: request.ip, shown: new Set() };
    listeners.add(listener);
    out.on('close', () => {
      listeners.delete(listener);
      schedule();
    });
    void poll();
    return reply;
  });

  return {
    poke: () => void poll(),
    endSession(token) {
      for (const l of listeners) if (l.token === token) l.out.end();
    },
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      clearInterval(sessionCheck);
      clearInterval(heartbeat);
      for (const l of listeners) l.out.end();
      listeners.clear();
    },
    listeners: () => listeners.size,
  };
}
