import { sql } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import type { Database } from '../../platform/db/client.ts';
import { rows } from '../../platform/db/query.ts';
import { addDays } from '../../vn/dates.ts';
import type { OpenRoundInput } from '../ratings/contracts.ts';
import { openRound } from '../ratings/rounds.ts';
import { bandFor } from '../ratings/scales/index.ts';

/**
 * The demo's open rating round for the current period (issue 6, part 7): from October the year's
 * annual review (the season Hướng dẫn 43-HD/BTCTW sets for it), earlier in the year the last quarter's
 * review under Quy định 366-QĐ/TW. Opened at the demo's root with a three-week deadline; in the focus
 * cell (the demo secretary's) two thirds of the members have already sent their self-assessment, so
 * the proposal sheet has something to propose from on first start.
 */
export async function openDemoRound(
  database: Database,
  opts: { asOf: string; rootCode: string; focusCellId: string | null; seed: number },
) {
  const ctx = { db: database.db, actor: systemActor('demo'), today: opts.asOf };
  const year = Number(opts.asOf.slice(0, 4));
  const month = Number(opts.asOf.slice(5, 7));
  const period: OpenRoundInput['period'] =
    month >= 10
      ? { kind: 'YEAR', year }
      : month <= 3
        ? { kind: 'QUARTER', year: year - 1, quarter: 4 }
        : { kind: 'QUARTER', year, quarter: Math.floor((month - 1) / 3) as 1 | 2 | 3 };
  const round = await openRound(ctx, {
    orgCode: opts.rootCode,
    period,
    deadline: addDays(opts.asOf, 21),
    note: 'Đợt kiểm điểm, đánh giá, xếp loại chất lượng (dữ liệu mẫu).',
  });
  if (!opts.focusCellId) return round;
  const members = await rows<{ id: string; name: string }>(
    database.db,
    sql`SELECT r.id, m.full_name AS name FROM ratings r JOIN members m ON m.id = r.member_id
        WHERE r.round_id = ${round.id} AND r.org_id = ${opts.focusCellId} ORDER BY m.sort_key`,
  );
  for (const [i, m] of members.entries()) {
    if (i % 3 === 2) continue;
    // Deterministic scores spread over the bands: most 70–89 (HTTNV), some ≥ 90, a few below 70.
    const k = (i * 7 + opts.seed * 3) % 10;
    const general = [29, 27, 26, 25, 27, 24, 28, 22, 26, 25][k]!;
    const tasks = [63, 58, 55, 52, 60, 50, 64, 44, 57, 54][k]!;
    const total = general + tasks;
    const assessment = {
      selfCriticism:
        'Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia sinh hoạt chi bộ đầy đủ; hoàn thành các nhiệm vụ được giao.',
      strengths: 'Gương mẫu, gần gũi quần chúng, tích cực tham gia công việc của thôn, bản.',
      shortcomings:
        total < 80
          ? 'Có việc hoàn thành chậm so với kế hoạch; học tập nghị quyết chưa sâu.'
          : 'Chưa chủ động đề xuất cách làm mới.',
      commitments: 'Tiếp tục tu dưỡng, rèn luyện, khắc phục hạn chế đã nêu trong năm tới.',
      scoreGeneral: general,
      scoreTasks: tasks,
      total,
    };
    await database.db.execute(sql`UPDATE ratings SET self_assessment = ${JSON.stringify(assessment)}::jsonb,
        self_level = ${bandFor(total)}, self_submitted_at = now(), score_general = ${general}, score_tasks = ${tasks},
        score = ${total}, version = version + 1 WHERE id = ${m.id}`);
  }
  return round;
}
