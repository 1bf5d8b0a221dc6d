import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { admissionRoutes } from '../../modules/admission/routes.ts';
import { codeRoutes } from '../../modules/codes/routes.ts';
import { exportRoutes } from '../../modules/exports/routes.ts';
import { importRoutes } from '../../modules/imports/routes.ts';
import { lifecycleRoutes } from '../../modules/lifecycle/routes.ts';
import { meetingRoutes } from '../../modules/meetings/routes.ts';
import { memberRoutes } from '../../modules/members/routes.ts';
import { orgRoutes } from '../../modules/orgs/routes.ts';
import { ratingsReportRoutes } from '../../modules/ratings/report/routes.ts';
import { ratingRoutes } from '../../modules/ratings/routes.ts';
import { reportRoutes } from '../../modules/reports/routes.ts';
import { todoRoutes } from '../../modules/todo/routes.ts';
import { authRoutes } from '../auth/routes.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { authHook } from './authenticate.ts';
import { errorHandler, sendProblem } from './problem.ts';

const webDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Bodies larger than this are refused with 413 before they are parsed. */
export const BODY_LIMIT = 1024 * 1024;

export async function buildApp(
  database: Database,
  config: Config,
  opts: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: process.env.NENMONG_TRUST_PROXY === '1',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Nền Móng API',
        version: '1',
        description: 'API của Nền Móng. Lỗi trả về dạng application/problem+json.',
      },
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'nm_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/health', async () => ({ status: 'ok' }));
  authRoutes(app, database.db, config);
  await app.register(async (api) => {
    api.addHook('onRequest', authHook(database.db, config.today));
    codeRoutes(api);
    orgRoutes(api);
    memberRoutes(api);
    admissionRoutes(api);
    reportRoutes(api);
    ratingsReportRoutes(api);
    lifecycleRoutes(api);
    todoRoutes(api);
    exportRoutes(api);
    await api.register(importRoutes);
    meetingRoutes(api);
    ratingRoutes(api);
  });

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !existsSync(webDist)) {
      return sendProblem(reply, 404, 'not-found', 'Không tìm thấy', 'Không có đường dẫn này.');
    }
    // The web app routes on the client: every other path gets its index.html.
    return reply.type('text/html').sendFile('index.html', { maxAge: 0 });
  });
  return app;
}
