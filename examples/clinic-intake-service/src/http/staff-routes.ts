import type { FastifyInstance } from 'fastify';
import { offeredQuestionnaires } from '../engine/engine.js';
import type { Deps } from '../service/deps.js';
import type { FlagHub } from './flag-stream.js';
import {
  auditTrail,
  exportIntake,
  flagList,
  intakeDetail,
  intakeList,
  type NewIntakeRequest,
  openIntake,
  receivedSubmission,
  seeFlag,
  signIn,
  signOut,
} from '../service/staff.js';
import { send } from './person-routes.js';
import { newIntakeBody, signInBody, uuidParam } from './schemas.js';
import { crossSite, requireStaff, sessionCookie } from './security.js';

const intakeParams = { type: 'object', required: ['id'], properties: { id: uuidParam } } as const;

/** The staff routes: a cookie session, a CSRF token on every state change, an audit entry on every read. */
export function staffRoutes(app: FastifyInstance, deps: Deps, hub: FlagHub): void {
  app.post<{ Body: { email: string; password: string } }>('/api/staff/sign-in', { schema: { body: signInBody } }, async (request, reply) => {
    // No session yet, so no CSRF token: refuse what a browser marks as coming from another site.
    if (crossSite(request)) return reply.code(403).send({ code: 'csrf', message: 'Sign in from the staff page of this service.' });
    const r = await signIn(deps, request.body.email, request.body.password, request.ip);
    if (r.token !== undefined) void reply.header('set-cookie', sessionCookie(r.token));
    return send(reply, r);
  });
  app.post('/api/staff/sign-out', async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    if (auth === undefined) return reply;
    void reply.header('set-cookie', sessionCookie(undefined));
    const r = await signOut(deps, auth.session, auth.token, request.ip);
    hub.endSession(auth.token);
    return send(reply, r);
  });
  app.get('/api/staff/session', async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    if (auth === undefined) return reply;
    const { email, name, csrfToken } = auth.session;
    return { staff: { email, name }, csrfToken, questionnaires: offeredQuestionnaires() };
  });
  app.get('/api/staff/intakes', async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    return auth === undefined ? reply : send(reply, await intakeList(deps, auth.session, request.ip));
  });
  app.post<{ Body: NewIntakeRequest }>('/api/staff/intakes', { schema: { body: newIntakeBody } }, async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    return auth === undefined ? reply : send(reply, await openIntake(deps, auth.session, request.body, request.ip));
  });
  app.get<{ Params: { id: string } }>('/api/staff/intakes/:id', { schema: { params: intakeParams } }, async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    return auth === undefined ? reply : send(reply, await intakeDetail(deps, auth.session, request.params.id, request.ip));
  });
  app.get<{ Params: { id: string; sid: string } }>(
    '/api/staff/intakes/:id/submissions/:sid/received',
    { schema: { params: { type: 'object', required: ['id', 'sid'], properties: { id: uuidParam, sid: uuidParam } } } },
    async (request, reply) => {
      const auth = await requireStaff(deps, request, reply);
      return auth === undefined ? reply : send(reply, await receivedSubmission(deps, auth.session, request.params.id, request.params.sid, request.ip));
    },
  );
  app.get<{ Params: { id: string } }>('/api/staff/intakes/:id/fhir', { schema: { params: intakeParams } }, async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    return auth === undefined ? reply : send(reply, await exportIntake(deps, auth.session, request.params.id, request.ip));
  });
  app.get('/api/staff/flags', async (request, reply) => {
    const auth = await requireStaff(deps, request, reply);
    return auth === undefined ? reply : send(reply, await flagList(deps, auth.session, request.ip));
  });
  app.post<{ Params: { id: number } }>(
    '/api/staff/flags/:id/seen',
    { schema: { params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$' } } } } },
    async (request, reply) => {
      const auth = await requireStaff(deps, request, reply);
      return auth === undefined ? reply : send(reply, await seeFlag(deps, auth.session, Number(request.params.id), request.ip));
    },
  );
  app.get<{ Querystring: { intakeId?: string } }>(
    '/api/staff/audit',
    { schema: { querystring: { type: 'object', additionalProperties: false, properties: { intakeId: uuidParam } } } },
    async (request, reply) => {
      const auth = await requireStaff(deps, request, reply);
      return auth === undefined ? reply : send(reply, await auditTrail(deps, request.query.intakeId));
    },
  );
}
