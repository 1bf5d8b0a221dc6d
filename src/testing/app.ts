import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { addUser } from '../modules/users/service.ts';
import { systemActor } from '../platform/access/actor.ts';
import { loadConfig } from '../platform/config.ts';
import type { Ctx } from '../platform/context.ts';
import type { Database } from '../platform/db/client.ts';
import { buildApp } from '../platform/http/app.ts';
import { freshDatabase } from './database.ts';

export const TODAY = '2026-11-23';
export const PASSWORD = 'mat-khau-thu-nghiem';

/** A signed-in client of the real app, through Fastify's inject (no network, same code path). */
export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database & { drop(): Promise<void> };
  /** The CLI's context: full rights, for arranging data. */
  system: Ctx;
  login(username: string, password?: string): Promise<Client>;
  user(username: string, role: string, orgCode?: string | null, memberId?: string | null): Promise<Client>;
  close(): Promise<void>;
}

export async function testApp(): Promise<TestApp> {
  const database = await freshDatabase();
  const app = await buildApp(database, loadConfig({ databaseUrl: null, today: TODAY }));
  const system: Ctx = { db: database.db, actor: systemActor('test'), today: TODAY };
  // One session per user for the whole file: the login rate limit (10 a minute) applies to tests too.
  const sessions = new Map<string, Client>();
  const login = async (username: string, password = PASSWORD): Promise<Client> => {
    const known = sessions.get(`${username}\n${password}`);
    if (known) return known;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
    const cookie = Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const headers = { cookie, 'x-csrf-token': cookies.nm_csrf! };
    const client: Client = {
      get: (url) => app.inject({ method: 'GET', url, headers }),
      post: (url, body) =>
        app.inject({ method: 'POST', url, headers, ...(body !== undefined && { payload: body as object }) }),
      patch: (url, body) => app.inject({ method: 'PATCH', url, headers, payload: body as object }),
    };
    sessions.set(`${username}\n${password}`, client);
    return client;
  };
  return {
    app,
    database,
    system,
    login,
    async user(username, role, orgCode = null, memberId = null) {
      await addUser(system, { username, password: PASSWORD, role, orgCode, memberId });
      return login(username);
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
