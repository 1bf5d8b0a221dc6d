import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { conflict, forbidden, invalidFields } from '../../platform/errors.ts';
import type { SettingsInput } from './contracts.ts';
import { meetingPolicy } from './policy.ts';
import { DEFAULT_SETTINGS, type MeetingSettings, WINDOW_MONTHS } from './rules.ts';

export async function loadMeetingSettings(db: Db): Promise<MeetingSettings & { version: number | null }> {
  const row = await one<{ values: Partial<MeetingSettings>; version: number }>(
    db,
    sql`SELECT "values", version FROM meeting_settings WHERE key = 'default'`,
  );
  return { ...DEFAULT_SETTINGS, ...(row?.values ?? {}), version: row?.version ?? null };
}

export async function getMeetingSettings(ctx: Ctx) {
  if (ctx.actor.role === 'member') throw forbidden();
  return { ...(await loadMeetingSettings(ctx.db)), defaults: DEFAULT_SETTINGS };
}

/** What the schema cannot see: values that are each valid but do not fit together. */
function settingsProblems(input: SettingsInput): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const t = input.levelThresholds;
  if (!(t.TOT > t.KHA && t.KHA > t.TRUNG_BINH))
    out.push({ path: 'levelThresholds', message: 'Ngưỡng điểm phải giảm dần: Tốt > Khá > Trung bình.' });
  const total = input.rubric.reduce((n, c) => n + c.maxPoints, 0);
  if (t.TOT > total)
    out.push({
      path: 'levelThresholds.TOT',
      message: `Ngưỡng Tốt (${t.TOT}) vượt tổng điểm tối đa của bộ tiêu chí (${total}).`,
    });
  const codes = input.rubric.map((c) => c.code);
  const twice = codes.filter((c, i) => codes.indexOf(c) !== i);
  if (twice.length)
    out.push({ path: 'rubric', message: `Mã tiêu chí bị trùng: ${[...new Set(twice)].join(', ')}.` });
  if (input.quorumNumerator > input.quorumDenominator)
    out.push({ path: 'quorumNumerator', message: 'Tỷ lệ tối thiểu không được lớn hơn 1 (tử số ≤ mẫu số).' });
  // Quy định 24-QĐ/TW mục 9.3: decisions need more than half; a quorum below one half means nothing.
  else if (2 * input.quorumNumerator < input.quorumDenominator)
    out.push({ path: 'quorumNumerator', message: 'Tỷ lệ tối thiểu phải từ một nửa (1/2) trở lên.' });
  const every = input.committeeMeetingEveryMonths;
  if (every !== 0 && !(WINDOW_MONTHS as readonly number[]).includes(every))
    out.push({
      path: 'committeeMeetingEveryMonths',
      message: 'Chu kỳ họp cấp ủy: 1, 2, 3, 4, 6 hoặc 12 tháng (hoặc 0 để không theo dõi).',
    });
  return out;
}

const STALE = 'Cấu hình vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.';

export async function saveMeetingSettings(ctx: Ctx, input: SettingsInput) {
  meetingPolicy.editSettings(ctx);
  const problems = settingsProblems(input);
  if (problems.length) throw invalidFields(problems);
  const before = await loadMeetingSettings(ctx.db);
  if (before.version !== null && input.version !== before.version) throw conflict(STALE);
  const { version: _v, ...values } = input;
  await inTransaction(ctx.db, async (tx) => {
    if (before.version === null) {
      await tx.execute(
        sql`INSERT INTO meeting_settings (key, "values") VALUES ('default', ${JSON.stringify(values)}::jsonb)`,
      );
    } else {
      const done = await rows(
        tx,
        sql`UPDATE meeting_settings SET "values" = ${JSON.stringify(values)}::jsonb, version = version + 1,
              updated_at = now() WHERE key = 'default' AND version = ${before.version} RETURNING key`,
      );
      if (!done.length) throw conflict(STALE);
    }
    const { version: _bv, ...previous } = before;
    await recordAudit(tx, ctx, {
      action: 'meeting.settings.save',
      entityType: 'meeting_settings',
      entityId: 'default',
      before: previous,
      after: values,
    });
  }).catch((e) => {
    if (uniqueViolation(e)) throw conflict(STALE);
    throw e;
  });
  return getMeetingSettings(ctx);
}
