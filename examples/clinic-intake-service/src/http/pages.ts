import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The two pages and their assets, read once from the built folder (scripts/build.mjs) and served from
 * memory: `/intake` for the person (the link's token is in the fragment, which browsers never send) and
 * `/staff` for the care team. Only files that exist at start are served; nothing is looked up by a path
 * from the request.
 */
export function pageRoutes(app: FastifyInstance, publicDir: string): void {
  const files = new Map<string, { body: Buffer; type: string }>();
  if (existsSync(publicDir)) {
    for (const name of readdirSync(publicDir, { recursive: true }) as string[]) {
      const type = TYPES[extname(name)];
      if (type !== undefined) files.set(name.split('\\').join('/'), { body: readFileSync(join(publicDir, name)), type });
    }
  }
  const serve = (name: string) => async (_request: unknown, reply: FastifyReply) => {
    const file = files.get(name);
    if (file === undefined)
      return reply.code(503).type('text/plain; charset=utf-8').send('The pages are not built. Run "npm run build" in examples/clinic-intake-service.');
    return reply
      .type(file.type)
      .header('cache-control', name.endsWith('.html') ? 'no-store' : 'no-cache')
      .send(file.body);
  };
  app.get('/', async (_request, reply) => reply.redirect('/staff'));
  app.get('/intake', serve('person.html'));
  app.get('/staff', serve('staff.html'));
  for (const name of files.keys()) if (name.startsWith('assets/')) app.get(`/${name}`, serve(name));
}
