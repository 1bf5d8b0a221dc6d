import { sql } from 'drizzle-orm';
import type { Actor, Role } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { one } from '../db/query.ts';
import { newId, newSecret, sha256 } from '../ids.ts';

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
}

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string | null;
  memberId: string | null;
}

const USER_COLUMNS = sql`u.id, u.username, u.display_name AS "displayName", u.role, u.org_id AS "orgId", u.member_id AS "memberId"`;

const toActor = (u: UserRow, ip: string | null): Actor => ({
  userId: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  orgId: u.orgId,
  memberId: u.memberId,
  ip,
});

/** Creates a session; returns the cookie value (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: Db,
  userId: string,
  hours: number,
  ip: string | null,
): Promise<{ cookie: string; csrfToken: string; expiresAt: Date }> {
  const cookie = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.execute(sql`INSERT INTO sessions (id, user_id, csrf_token, expires_at, ip)
    VALUES (${sha256(cookie)}, ${userId}, ${csrfToken}, ${expiresAt.toISOString()}, ${ip})`);
  return { cookie, csrfToken, expiresAt };
}

export async function sessionFromCookie(
  db: Db,
  cookie: string,
  ip: string | null,
): Promise<SessionInfo | null> {
  const row = await one<UserRow & { csrfToken: string }>(
    db,
    sql`SELECT ${USER_COLUMNS}, s.csrf_token AS "csrfToken"
        FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ${sha256(cookie)} AND s.expires_at > now() AND u.disabled_at IS NULL`,
  );
  return row ? { actor: toActor(row, ip), csrfToken: row.csrfToken } : null;
}

export async function deleteSession(db: Db, cookie: string): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE id = ${sha256(cookie)}`);
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE user_id = ${userId}`);
}

/** API tokens carry a recognizable prefix so a leaked one can be found by secret scanners. */
export const TOKEN_PREFIX = 'nm_';

export async function createApiToken(
  db: Db,
  userId: string,
  name: string | null,
): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + newSecret();
  const id = newId();
  await db.execute(
    sql`INSERT INTO api_tokens (id, user_id, token_hash, name) VALUES (${id}, ${userId}, ${sha256(token)}, ${name})`,
  );
  return { id, token };
}

export async function actorFromToken(db: Db, token: string, ip: string | null): Promise<Actor | null> {
  const row = await one<UserRow & { tokenId: string; stale: boolean }>(
    db,
    sql`SELECT ${USER_COLUMNS}, t.id AS "tokenId",
          (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale
        FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = ${sha256(token)} AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
  );
  if (!row) return null;
  // "Last used" to the minute is enough, and spares a write on every integration call.
  if (row.stale) await db.execute(sql`UPDATE api_tokens SET last_used_at = now() WHERE id = ${row.tokenId}`);
  return toActor(row, ip);
}

export async function actorForUser(db: Db, userId: string, ip: string | null): Promise<Actor | null> {
  const row = await one<UserRow>(db, sql`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ${userId}`);
  return row ? toActor(row, ip) : null;
}
