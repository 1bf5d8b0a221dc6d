import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.ts';
import { actorFromToken, sessionFromCookie } from '../auth/sessions.ts';
import { type Ctx, todayInVietnam } from '../context.ts';
import type { Db } from '../db/client.ts';
import { forbidden, unauthorized } from '../errors.ts';

export const SESSION_COOKIE = 'nm_session';
export const CSRF_COOKIE = 'nm_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from a Bearer token or the session cookie. Cookie sessions must echo their
 * CSRF token in a header on every write (double submit); Bearer tokens cannot be sent by a browser
 * on its own, so they need none.
 */
export async function authenticate(db: Db, req: FastifyRequest): Promise<Actor> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const actor = await actorFromToken(db, header.slice(7).trim(), req.ip);
    if (!actor) throw unauthorized('Mã truy cập (token) không hợp lệ hoặc đã bị thu hồi.');
    return actor;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) throw unauthorized();
  const session = await sessionFromCookie(db, cookie, req.ip);
  if (!session) throw unauthorized('Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.');
  if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== session.csrfToken) {
    throw forbidden('Yêu cầu thiếu mã chống giả mạo (CSRF). Hãy tải lại trang rồi thử lại.');
  }
  return session.actor;
}

export function authHook(db: Db, fixedToday: string | null = null) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const actor = await authenticate(db, req);
    req.ctx = { db, actor, today: fixedToday ?? todayInVietnam() };
  };
}
