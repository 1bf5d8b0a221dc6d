import {
  addUser,
  createToken,
  disableUser,
  listUsers,
  resetPassword,
  revokeTokens,
} from '../modules/users/service.ts';
import { systemActor } from '../platform/access/actor.ts';
import { todayFrom } from '../platform/context.ts';
import type { Database } from '../platform/db/client.ts';
import { print, UsageError } from './io.ts';

type Flags = Record<string, string | boolean | undefined>;

const need = (flags: Flags, name: string): string => {
  const v = flags[name];
  if (typeof v !== 'string' || !v) throw new UsageError(`Thiếu --${name}.`);
  return v;
};

const cliCtx = (database: Database) => ({
  db: database.db,
  actor: systemActor('cli'),
  today: todayFrom(),
});

export async function userCommand(database: Database, sub: string | undefined, flags: Flags, json: boolean) {
  const ctx = cliCtx(database);
  switch (sub) {
    case 'add': {
      const u = await addUser(ctx, {
        username: need(flags, 'username'),
        password: need(flags, 'password'),
        role: need(flags, 'role'),
        orgCode: (flags.org as string) ?? null,
        memberId: (flags.member as string) ?? null,
        displayName: (flags.name as string) || undefined,
      });
      return print(
        json,
        u,
        () => `Đã tạo tài khoản ${u.username} (${u.roleLabel}${u.orgCode ? `, ${u.orgCode}` : ''}).`,
      );
    }
    case 'list': {
      const users = await listUsers(ctx);
      return print(json, users, () =>
        users
          .map(
            (u) =>
              `${u.username.padEnd(20)} ${u.roleLabel.padEnd(22)} ${(u.orgCode ?? '—').padEnd(24)} ${u.disabled ? 'đã khóa' : ''}`,
          )
          .join('\n'),
      );
    }
    case 'disable':
      await disableUser(ctx, need(flags, 'username'));
      return print(json, { ok: true }, () => 'Đã khóa tài khoản và thu hồi mọi phiên, token.');
    case 'reset-password':
      await resetPassword(ctx, need(flags, 'username'), need(flags, 'password'));
      return print(json, { ok: true }, () => 'Đã đặt lại mật khẩu và mở khóa tài khoản.');
    default:
      throw new UsageError('Dùng: user add|list|disable|reset-password');
  }
}

export async function tokenCommand(database: Database, sub: string | undefined, flags: Flags, json: boolean) {
  const ctx = cliCtx(database);
  switch (sub) {
    case 'create': {
      const token = await createToken(ctx, need(flags, 'username'), (flags.name as string) ?? null);
      // Only the token, so scripts can capture it: TOKEN=$(./bin/nenmong token create --username u)
      return print(json, { token }, () => token);
    }
    case 'revoke': {
      const count = await revokeTokens(ctx, {
        username: flags.username as string | undefined,
        tokenId: flags.id as string | undefined,
      });
      return print(json, { revoked: count }, () => `Đã thu hồi ${count} token.`);
    }
    default:
      throw new UsageError('Dùng: token create --username U | token revoke --username U');
  }
}
