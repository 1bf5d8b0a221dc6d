import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction, rows } from '../../platform/db/query.ts';
import { badRequest, conflict, invalidFields } from '../../platform/errors.ts';
import type { PlanPatchInput } from './contracts.ts';
import { meetingDetail } from './detail.ts';
import type { MeetingRow } from './queries.ts';
import { correctionProblem } from './rules.ts';

/** What a closed meeting's plan may still say differently: its description, never its date or kind. */
const DESCRIPTION = ['startTime', 'place', 'topic', 'agenda', 'model'] as const;

const MOVES_CLOSED =
  'Biên bản đã khóa: không đổi ngày, loại hay hủy buổi sinh hoạt được nữa (ngày họp thực tế đính chính cùng điểm danh, biên bản).';

const describe = (m: MeetingRow) => ({
  startTime: m.startTime,
  place: m.place,
  topic: m.topic,
  agenda: m.agenda,
  model: m.model,
});

/**
 * Corrects a closed meeting's plan (time, place, topic, agenda, model mark): a record written wrong
 * is put right only with a reason, audited `meeting.plan.correct` with the plan before and after, as
 * the corrections of attendance, minutes and tasks are. The date, kind and status stay: the month
 * the meeting counts in is settled by the closed minutes (the held date is corrected with them).
 */
export async function correctClosedPlan(ctx: Ctx, m: MeetingRow, input: PlanPatchInput) {
  if (input.plannedDate !== undefined || input.kind !== undefined || input.status !== undefined)
    throw badRequest(MOVES_CLOSED);
  if (input.cancelReason)
    throw invalidFields([
      { path: 'cancelReason', message: 'Buổi sinh hoạt đã khóa biên bản: không hủy được.' },
    ]);
  const locked = correctionProblem(m.status, input.correctionReason);
  if (locked) throw invalidFields([{ path: 'correctionReason', message: locked }]);
  const before = describe(m);
  const after = { ...before };
  for (const k of DESCRIPTION) if (input[k] !== undefined) Object.assign(after, { [k]: input[k] });
  if (DESCRIPTION.every((k) => after[k] === before[k]))
    throw invalidFields([
      {
        path: 'topic',
        message: 'Chưa có gì để đính chính: đổi giờ, địa điểm, chủ đề, chương trình hoặc dấu mẫu.',
      },
    ]);
  await inTransaction(ctx.db, async (tx) => {
    const done = await rows(
      tx,
      sql`UPDATE meetings SET start_time = ${after.startTime}, place = ${after.place}, topic = ${after.topic},
            agenda = ${after.agenda}, model = ${after.model}, version = version + 1, updated_at = now()
          WHERE id = ${m.id} AND version = ${m.version} RETURNING id`,
    );
    if (!done.length) throw conflict('Buổi sinh hoạt vừa được cập nhật. Hãy tải lại trang.');
    await recordAudit(tx, ctx, {
      action: 'meeting.plan.correct',
      entityType: 'meeting',
      entityId: m.id,
      before,
      after: { ...after, correctionReason: input.correctionReason!.trim() },
    });
  });
  return meetingDetail(ctx, m.id);
}
