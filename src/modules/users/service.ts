import { sql } from 'drizzle-orm';
import { ROLE_LABELS, ROLES, type Role } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/log.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/passwords.ts';
import { createApiToken, createSession, deleteUserSessions } from '../../platform/auth/sessions.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { inTransaction, one, rows } from '../../platform/db/query.ts';
import { AppError, badRequest, conflict, forbidden, notFound, unauthorized } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';

/** Lockout after this many consecutive wrong passwords, for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  orgCode: string | null;
  orgName: string | null;
  memberId: string | null;
  disabled: boolean;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;

function requireAdmin(ctx: Ctx) {
  if (ctx.actor.role !== 'admin') throw forbidden('Chỉ quản trị hệ thống mới quản lý tài khoản.');
}

export async function addUser(
  ctx: Ctx,
  input: {
    username: string;
    password: string;
    role: string;
    orgCode?: string | null;
    memberId?: string | null;
    displayName?: string;
  },
): Promise<UserView> {
  requireAdmin(ctx);
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username))
    throw badRequest('Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (3–64 ký tự).');
  const pw = passwordProblem(input.password);
  if (pw) throw badRequest(pw);
  if (!(ROLES as readonly string[]).includes(input.role)) {
    throw badRequest(`Vai trò không hợp lệ. Chọn một trong: ${ROLES.join(', ')}.`);
  }
  const role = input.role as Role;
  let orgId: string | null = null;
  if (role === 'admin') {
    if (input.orgCode) throw badRequest('Tài khoản quản trị không gắn với tổ chức (bỏ --org).');
  } else if (role !== 'member' || input.orgCode) {
    if (!input.orgCode) throw badRequest('Cần chỉ rõ tổ chức (--org) mà tài khoản được phép xem.');
    const org = await one<{ id: string }>(ctx.db, sql`SELECT id FROM orgs WHERE code = ${input.orgCode}`);
    if (!org) throw notFound(`Không có tổ chức mã ${input.orgCode}.`);
    orgId = org.id;
  }
  let memberId: string | null = null;
  if (role === 'member') {
    if (!input.memberId) throw badRequest('Tài khoản đảng viên cần --member (mã hồ sơ đảng viên).');
    const m = await one<{ id: string; orgId: string | null; fullName: string }>(
      ctx.db,
      sql`SELECT id, org_id AS "orgId", full_name AS "fullName" FROM members WHERE id = ${input.memberId}`,
    );
    if (!m) throw notFound('Không có đảng viên với mã hồ sơ đó.');
    memberId = m.id;
    orgId = m.orgId ?? orgId;
    input.displayName ??= m.fullName;
  }
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx.db, async (tx) => {
    const taken = await one(tx, sql`SELECT 1 FROM users WHERE username = ${username}`);
    if (taken) throw conflict(`Tên đăng nhập ${username} đã được dùng.`);
    await tx.execute(sql`INSERT INTO users (id, username, password_hash, display_name, role, org_id, member_id)
      VALUES (${id}, ${username}, ${passwordHash}, ${input.displayName ?? username}, ${role}, ${orgId}, ${memberId})`);
    await audit(tx, ctx, 'user.create', id, null, { username, role, orgId, memberId });
  });
  return (await getUser(ctx.db, username))!;
}

async function getUser(db: Db, username: string): Promise<UserView | undefined> {
  return (await listUsersRaw(db, username))[0];
}

async function listUsersRaw(db: Db, username?: string): Promise<UserView[]> {
  const found = await rows<Omit<UserView, 'roleLabel' | 'disabled'> & { disabledAt: string | null }>(
    db,
    sql`SELECT u.id, u.username, u.display_name AS "displayName", u.role, o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = u.org_id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
          u.member_id AS "memberId", u.disabled_at AS "disabledAt"
        FROM users u LEFT JOIN orgs o ON o.id = u.org_id
        ${username ? sql`WHERE u.username = ${username}` : sql``}
        ORDER BY u.username`,
  );
  return found.map(({ disabledAt, ...u }) => ({
    ...u,
    roleLabel: ROLE_LABELS[u.role],
    disabled: disabledAt !== null,
  }));
}

export async function listUsers(ctx: Ctx): Promise<UserView[]> {
  requireAdmin(ctx);
  return listUsersRaw(ctx.db);
}

async function userIdOf(db: Db, username: string): Promise<string> {
  const u = await one<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE username = ${username.trim().toLowerCase()}`,
  );
  if (!u) throw notFound(`Không có tài khoản ${username}.`);
  return u.id;
}

export async function disableUser(ctx: Ctx, username: string): Promise<void> {
  requireAdmin(ctx);
  const id = await userIdOf(ctx.db, username);
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE users SET disabled_at = now() WHERE id = ${id}`);
    await tx.execute(
      sql`UPDATE api_tokens SET revoked_at = now() WHERE user_id = ${id} AND revoked_at IS NULL`,
    );
    await deleteUserSessions(tx, id);
    await audit(tx, ctx, 'user.disable', id, null, { username });
  });
}

export async function resetPassword(ctx: Ctx, username: string, password: string): Promise<void> {
  requireAdmin(ctx);
  const pw = passwordProblem(password);
  if (pw) throw badRequest(pw);
  const id = await userIdOf(ctx.db, username);
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(
      sql`UPDATE users SET password_hash = ${passwordHash}, failed_logins = 0, locked_until = NULL WHERE id = ${id}`,
    );
    await deleteUserSessions(tx, id);
    await audit(tx, ctx, 'user.reset_password', id, null, { username });
  });
}

export async function createToken(ctx: Ctx, username: string, name: string | null): Promise<string> {
  requireAdmin(ctx);
  const id = await userIdOf(ctx.db, username);
  return inTransaction(ctx.db, async (tx) => {
    const t = await createApiToken(tx, id, name);
    await audit(tx, ctx, 'token.create', t.id, null, { username, name });
    return t.token;
  });
}

/** Revokes one token (by its id or the token itself) or, with all, every token of the user. */
export async function revokeTokens(
  ctx: Ctx,
  input: { username?: string; tokenId?: string },
): Promise<number> {
  requireAdmin(ctx);
  return inTransaction(ctx.db, async (tx) => {
    let count = 0;
    if (input.tokenId) {
      const r = await rows(
        tx,
        sql`UPDATE api_tokens SET revoked_at = now() WHERE id = ${input.tokenId} AND revoked_at IS NULL RETURNING id`,
      );
      count = r.length;
    } else if (input.username) {
      const id = await userIdOf(tx, input.username);
      const r = await rows(
        tx,
        sql`UPDATE api_tokens SET revoked_at = now() WHERE user_id = ${id} AND revoked_at IS NULL RETURNING id`,
      );
      count = r.length;
    } else throw badRequest('Cần --username hoặc --id của token.');
    await audit(tx, ctx, 'token.revoke', input.tokenId ?? null, null, { ...input, count });
    return count;
  });
}

/**
 * Checks a password and opens a session. Wrong passwords count towards a temporary lockout;
 * the answer never tells whether the username exists.
 */
export async function login(
  db: Db,
  input: { username: string; password: string },
  opts: { sessionHours: number; ip: string | null },
): Promise<{ cookie: string; csrfToken: string; expiresAt: Date; userId: string }> {
  const username = input.username.trim().toLowerCase();
  const user = await one<{
    id: string;
    passwordHash: string;
    disabledAt: string | null;
    lockedUntil: string | null;
    failedLogins: number;
  }>(
    db,
    sql`SELECT id, password_hash AS "passwordHash", disabled_at AS "disabledAt", locked_until AS "lockedUntil",
          failed_logins AS "failedLogins" FROM users WHERE username = ${username}`,
  );
  const wrong = unauthorized('Tên đăng nhập hoặc mật khẩu không đúng.');
  if (!user) {
    await hashPassword(input.password); // same cost as a real check: no timing hint that the name is unknown
    throw wrong;
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    throw new AppError(
      429,
      'locked',
      'Tài khoản tạm khóa',
      `Tài khoản bị tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${LOCK_MINUTES} phút hoặc liên hệ quản trị.`,
    );
  }
  const ok = !user.disabledAt && (await verifyPassword(user.passwordHash, input.password));
  const actorName = username;
  if (!ok) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await inTransaction(db, async (tx) => {
      await tx.execute(sql`UPDATE users SET failed_logins = ${lock ? 0 : failed},
        locked_until = ${lock ? new Date(Date.now() + LOCK_MINUTES * 60_000).toISOString() : null} WHERE id = ${user.id}`);
      await appendAudit(tx, {
        actorId: null,
        actorName,
        ip: opts.ip,
        action: lock ? 'auth.lockout' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
      });
    });
    throw wrong;
  }
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ${user.id}`);
    const s = await createSession(tx, user.id, opts.sessionHours, opts.ip);
    await appendAudit(tx, {
      actorId: user.id,
      actorName,
      ip: opts.ip,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
    return { ...s, userId: user.id };
  });
}

function audit(tx: Db, ctx: Ctx, action: string, entityId: string | null, before: unknown, after: unknown) {
  return recordAudit(tx, ctx, { action, entityType: 'user', entityId, before, after });
}
