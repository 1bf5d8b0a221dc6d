import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, revokeTokens } from '../../modules/users/service.ts';
import { PASSWORD, type TestApp, testApp } from '../../testing/app.ts';
import { smallTree } from '../../testing/fixtures.ts';
import { one } from '../db/query.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie with an expiry, and a CSRF cookie', async () => {
    await t.user('staff1', 'org_staff', 'TD');
    const res = await login('staff1', PASSWORD);
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === 'nm_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Strict');
    expect(session.expires).toBeInstanceOf(Date);
    expect(res.cookies.find((c) => c.name === 'nm_csrf')?.httpOnly).toBeFalsy();
    expect(res.json().user).toMatchObject({ username: 'staff1', role: 'org_staff', orgCode: 'TD' });
    // The session is stored only as a hash.
    const stored = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM sessions WHERE id = ${session.value}`,
    );
    expect(stored?.n).toBe(0);
  });

  it('answers 401 for anything under /api/v1 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/members' });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('Bạn cần đăng nhập để tiếp tục.');
  });

  it('refuses cookie writes without the CSRF header', async () => {
    const res = await login('staff1', PASSWORD);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie },
      payload: {},
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().detail).toContain('CSRF');
  });

  it('locks the account after repeated wrong passwords; twenty tries never crash the server', async () => {
    await t.user('victim', 'viewer', 'TD');
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await login('victim', 'sai-mat-khau')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const locked = await login('victim', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toContain('application/problem+json');
    expect(locked.json().detail).toMatch(/tạm khóa|thử lại/);
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });

  it('does not tell whether a username exists', async () => {
    const unknown = await login('khong-ton-tai', 'x');
    const wrong = await login('staff1', 'x');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('logs out: the session no longer works', async () => {
    const c = await t.login('staff1');
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('expires sessions', async () => {
    const c = await t.user('staff2', 'org_staff', 'TD');
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.database.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 minute'`);
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toContain('hết hạn');
  });
});

describe('API tokens', () => {
  it('authenticates with Bearer until revoked', async () => {
    const token = await createToken(t.system, 'staff1', 'tích hợp');
    const get = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/orgs/TD', headers: { authorization: `Bearer ${token}` } });
    expect((await get()).statusCode).toBe(200);
    expect(await revokeTokens(t.system, { username: 'staff1' })).toBe(1);
    expect((await get()).statusCode).toBe(401);
  });
});
