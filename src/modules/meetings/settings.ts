import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { one } from '../../platform/db/query.ts';
import { saveSettingsRow } from '../../platform/db/settingsRow.ts';
import { forbidden, invalidFields } from '../../platform/errors.ts';
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

export async function saveMeetingSettings(ctx: Ctx, input: SettingsInput) {
  meetingPolicy.editSettings(ctx);
  const problems = settingsProblems(input);
  if (problems.length) throw invalidFields(problems);
  const before = await loadMeetingSettings(ctx.db);
  const { version: _v, ...values } = input;
  const { version: _bv, ...previous } = before;
  await saveSettingsRow(
    ctx,
    { table: 'meeting_settings', action: 'meeting.settings.save', readVersion: input.version },
    { version: before.version, values: previous },
    values,
  );
  return getMeetingSettings(ctx);
}
