import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Deps } from '../service/deps.js';
import { applyStep, giveConsent, readIntake, type StepRequest, submit, type SubmitRequest } from '../service/person.js';
import type { Reply } from '../service/reply.js';
import { consentBody, stepBody, submitBody } from './schemas.js';
import { personToken } from './security.js';

/** Send a service reply. */
export const send = (reply: FastifyReply, r: Reply): FastifyReply => {
  if (r.headers) void reply.headers(r.headers);
  return reply.code(r.status).send(r.body);
};

/**
 * The person's routes. The link token travels in `Authorization: Bearer`, never in a URL, and opens only
 * its own intake: no route takes an intake id from the person.
 */
export function personRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/person/intake', async (request, reply) => {
    const token = personToken(request, reply);
    return token === undefined ? reply : send(reply, await readIntake(deps, token, request.ip));
  });
  app.post<{ Body: { version: string } }>('/api/person/consent', { schema: { body: consentBody } }, async (request, reply) => {
    const token = personToken(request, reply);
    return token === undefined ? reply : send(reply, await giveConsent(deps, token, request.body.version, request.ip));
  });
  app.post<{ Body: StepRequest }>('/api/person/steps', { schema: { body: stepBody } }, async (request, reply) => {
    const token = personToken(request, reply);
    return token === undefined ? reply : send(reply, await applyStep(deps, token, request.body));
  });
  app.post<{ Body: SubmitRequest }>('/api/person/submissions', { schema: { body: submitBody } }, async (request, reply) => {
    const token = personToken(request, reply);
    return token === undefined ? reply : send(reply, await submit(deps, token, request.body, request.ip));
  });
}
