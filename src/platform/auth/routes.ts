import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login } from '../../modules/users/service.ts';
import { ROLE_LABELS } from '../access/actor.ts';
import { recordAudit } from '../audit/record.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { inTransaction, one } from '../db/query.ts';
import { authHook, CSRF_COOKIE, SESSION_COOKIE } from '../http/authenticate.ts';
import { deleteSession } from './sessions.ts';

const loginBody = z.strictObject({
  username: z
    .string({ error: 'Nhập tên đăng nhập.' })
    .min(1, { error: 'Nhập tên đăng nhập.' })
    .max(64, { error: 'Tên đăng nhập quá dài.' }),
  password: z
    .string({ error: 'Nhập mật khẩu.' })
    .min(1, { error: 'Nhập mật khẩu.' })
    .max(200, { error: 'Mật khẩu quá dài.' }),
});

export function authRoutes(app: FastifyInstance, db: Db, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieBase = { path: '/', sameSite: 'strict' as const, secure: config.secureCookies };

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: loginBody },
      config: {
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          // Per address and account: one office behind one address must not lock each other out.
          keyGenerator: (req: { ip: string; body?: unknown }) =>
            `${req.ip}|${String((req.body as { username?: string })?.username ?? '').toLowerCase()}`,
        },
      },
    },
    async (req, reply) => {
      const s = await login(db, req.body, { sessionHours: config.sessionHours, ip: req.ip });
      reply.setCookie(SESSION_COOKIE, s.cookie, { ...cookieBase, httpOnly: true, expires: s.expiresAt });
      // Readable by the web app, which echoes it in the x-csrf-token header.
      reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...cookieBase, httpOnly: false, expires: s.expiresAt });
      return { user: await me(db, s.userId), csrfToken: s.csrfToken };
    },
  );

  app.register(async (authed) => {
    authed.addHook('onRequest', authHook(db));
    const a = authed.withTypeProvider<ZodTypeProvider>();
    a.post(
      '/api/v1/auth/logout',
      { schema: { tags: ['auth'], summary: 'Đăng xuất' } },
      async (req, reply) => {
        const cookie = req.cookies[SESSION_COOKIE];
        if (cookie) await deleteSession(db, cookie);
        await inTransaction(db, (tx) =>
          recordAudit(tx, req.ctx, {
            action: 'auth.logout',
            entityType: 'user',
            entityId: req.ctx.actor.userId,
          }),
        );
        reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
        return { ok: true };
      },
    );
    a.get(
      '/api/v1/auth/me',
      { schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập' } },
      async (req) => {
        return me(db, req.ctx.actor.userId!);
      },
    );
  });
}

async function me(db: Db, userId: string) {
  const u = await one<{
    id: string;
    username: string;
    displayName: string;
    role: keyof typeof ROLE_LABELS;
    orgCode: string | null;
    orgName: string | null;
    memberId: string | null;
  }>(
    db,
    sql`SELECT u.id, u.username, u.display_name AS "displayName", u.role, o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = u.org_id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
          u.member_id AS "memberId"
        FROM users u LEFT JOIN orgs o ON o.id = u.org_id WHERE u.id = ${userId}`,
  );
  return u ? { ...u, roleLabel: ROLE_LABELS[u.role] } : null;
}
