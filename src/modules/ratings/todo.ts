import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { rows } from '../../platform/db/query.ts';
import { addDays, formatVnDate } from '../../vn/dates.ts';

/** Rounds whose deadline is this close (or past) put their unfinished steps on the to-do list. */
export const RATING_DUE_WINDOW_DAYS = 14;

export interface RatingTodo {
  kind: 'SELF_ASSESSMENT_DUE' | 'RATING_PROPOSALS_DUE' | 'RATING_DECISIONS_DUE';
  subject: { type: 'org' | 'member'; id: string; name: string };
  orgCode: string;
  orgName: string;
  dueOn: string;
  overdue: boolean;
  message: string;
}

const ORG_NAME = sql`(SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1)`;

/**
 * What an open round still waits for in a subtree, once its deadline is near: each cell with members
 * not yet proposed, each grassroots org with members or cells not yet decided. Counted from the rows;
 * who is not to be rated (the exempt) shows on the sheet, not here.
 */
export async function ratingTodos(db: Db, prefix: string | null, today: string): Promise<RatingTodo[]> {
  const within = addDays(today, RATING_DUE_WINDOW_DAYS);
  const pending = await rows<{
    code: string;
    name: string;
    deadline: string;
    period: string;
    proposals: number;
    decisions: number;
    grassroots: boolean;
  }>(
    db,
    sql`SELECT o.code, ${ORG_NAME} AS name, rr.deadline::text AS deadline, rr.period_key AS period,
          count(*) FILTER (WHERE r.subject = 'MEMBER' AND r.proposed_level IS NULL AND r.level IS NULL)::int AS proposals,
          count(*) FILTER (WHERE r.level IS NULL)::int AS decisions,
          bool_or(r.subject = 'ORG' AND r.subject_id = o.id AND r.org_group = 'GRASSROOTS') AS grassroots
        FROM rating_rounds rr JOIN ratings r ON r.round_id = rr.id JOIN orgs o ON o.id = r.org_id
        WHERE rr.status = 'OPEN' AND rr.deadline <= ${within}::date
          ${prefix ? sql`AND ${underPath(sql`r.org_path`, prefix)}` : sql``}
        GROUP BY o.code, o.id, rr.deadline, rr.period_key`,
  );
  const out: RatingTodo[] = [];
  for (const p of pending) {
    const due = { orgCode: p.code, orgName: p.name, dueOn: p.deadline, overdue: p.deadline < today };
    const period = p.period.startsWith('Y') ? `năm ${p.period.slice(1)}` : p.period;
    if (p.proposals > 0)
      out.push({
        kind: 'RATING_PROPOSALS_DUE',
        subject: { type: 'org', id: p.code, name: p.name },
        ...due,
        message: `${p.proposals} đảng viên chưa được chi bộ đề xuất mức xếp loại ${period} (hạn ${formatVnDate(p.deadline)}).`,
      });
    else if (p.decisions > 0 && p.grassroots)
      out.push({
        kind: 'RATING_DECISIONS_DUE',
        subject: { type: 'org', id: p.code, name: p.name },
        ...due,
        message: `Còn ${p.decisions} mức xếp loại ${period} chưa được cấp ủy quyết định (hạn ${formatVnDate(p.deadline)}).`,
      });
  }
  return out;
}

/** The member's own: a review of an open round waiting for their self-assessment. */
export async function memberRatingTodos(db: Db, memberId: string, today: string): Promise<RatingTodo[]> {
  const open = await rows<{ id: string; deadline: string; period: string; code: string; name: string }>(
    db,
    sql`SELECT r.id, rr.deadline::text AS deadline, rr.period_key AS period, o.code, ${ORG_NAME} AS name
        FROM ratings r JOIN rating_rounds rr ON rr.id = r.round_id JOIN orgs o ON o.id = r.org_id
        WHERE r.member_id = ${memberId} AND rr.status = 'OPEN' AND r.self_submitted_at IS NULL
          AND r.proposed_level IS NULL AND NOT r.locked AND rr.deadline >= ${today}::date`,
  );
  return open.map((r) => ({
    kind: 'SELF_ASSESSMENT_DUE' as const,
    subject: { type: 'member' as const, id: memberId, name: 'Bản tự kiểm điểm' },
    orgCode: r.code,
    orgName: r.name,
    dueOn: r.deadline,
    overdue: false,
    message: `Đồng chí nộp bản tự kiểm điểm ${r.period.startsWith('Y') ? `năm ${r.period.slice(1)}` : r.period} trước ngày ${formatVnDate(r.deadline)}.`,
  }));
}
