import type { Actor } from './access/actor.ts';
import type { Db } from './db/client.ts';

/** Everything a service call needs: where to read and write, who asks, and what day it is. */
export interface Ctx {
  db: Db;
  actor: Actor;
  /** Today's date in Asia/Ho_Chi_Minh, 'YYYY-MM-DD'. Passed in so rules never read a clock. */
  today: string;
  /** Memo of the actor's scope for this request (see access/scope.ts). */
  scopeCache?: Promise<Scope>;
}

export interface Scope {
  /** orgs.path prefix of everything the actor may see; null means unrestricted (admin). */
  pathPrefix: string | null;
}

export function todayInVietnam(now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** Today for services: the configured fixed day (tests, reproducible demos: NENMONG_TODAY) or the clock. */
export function todayFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.NENMONG_TODAY || todayInVietnam();
}
