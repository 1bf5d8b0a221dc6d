/**
 * Who is rated. Exempt members (miễn công tác và sinh hoạt đảng) and suspended members are not rated;
 * members and orgs younger than six months at the end of the period are not rated (they still review
 * themselves); everyone else, probationary members included, must be rated (Hướng dẫn 21-HD/BTCTW,
 * mục II, đối tượng: "Đảng viên trong toàn Đảng (trừ đảng viên được miễn công tác và sinh hoạt đảng,
 * đảng viên bị đình chỉ sinh hoạt đảng)"; probationary members are members, so they are in).
 */
import { addMonths, formatVnDate } from '../../../vn/dates.ts';
import { finding } from './findings.ts';
import { periodLabel, periodRange } from './period.ts';
import type { CheckContext, Citation, Finding, RatingCase, SubjectConstraint } from './types.ts';

type Rule = { severity: Finding['severity']; citation: Citation };

/** Why a case is not rated in the period, or null if it must be rated. Pure facts, no severity. */
export function notRatedReason(ctx: CheckContext, c: RatingCase, newMonths: number | null): string | null {
  if (c.subject === 'MEMBER' && c.exempt) return 'Đảng viên được miễn công tác và sinh hoạt đảng';
  if (c.subject === 'MEMBER' && c.suspended) return 'Đảng viên bị đình chỉ sinh hoạt đảng';
  if (
    newMonths !== null &&
    c.since !== undefined &&
    addMonths(c.since, newMonths) > periodRange(ctx.period).to
  ) {
    const who = c.subject === 'MEMBER' ? 'Đảng viên mới kết nạp' : 'Tổ chức đảng mới thành lập';
    return `${who} ngày ${formatVnDate(c.since)}, chưa đủ ${newMonths} tháng đến cuối kỳ ${periodLabel(ctx.period)}`;
  }
  return null;
}

export interface EligibilityOptions {
  exempt: Rule;
  suspended: Rule;
  /** Months a new member or org must have by the end of the period to be rated; null: no such rule. */
  newMonths: (Rule & { months: number }) | null;
  /** A subject who must be rated has no level. */
  missing: Rule;
}

export function eligibility(o: EligibilityOptions): SubjectConstraint {
  return {
    id: 'ELIGIBILITY',
    check(ctx, c) {
      const exempt = c.subject === 'MEMBER' && c.exempt === true;
      const suspended = !exempt && c.subject === 'MEMBER' && c.suspended === true;
      const rule = exempt ? o.exempt : suspended ? o.suspended : o.newMonths;
      const reason = notRatedReason(ctx, c, o.newMonths?.months ?? null);
      if (reason !== null && rule) {
        return c.level === null
          ? []
          : [finding(rule.severity, 'NOT_RATED', rule.citation, `${reason}: không đánh giá, xếp loại`, c.id)];
      }
      if (c.level !== null) return [];
      const who = c.probationary ? 'Đảng viên dự bị' : c.subject === 'MEMBER' ? 'Đảng viên' : 'Tổ chức đảng';
      const message = `${who} phải được đánh giá, xếp loại ${periodLabel(ctx.period)} nhưng chưa có mức xếp loại`;
      return [finding(o.missing.severity, 'LEVEL_MISSING', o.missing.citation, message, c.id)];
    },
  };
}

/**
 * Eligibility where the regulation's own wording on who is rated was not found (124, 366): the exempt
 * are not rated (DOMAIN.md, as in every earlier text), the other exclusions of Hướng dẫn 21-HD/BTCTW
 * only warn, and a missing level is an error.
 */
export const carriedEligibility = (carried: Citation, missing: Citation): SubjectConstraint =>
  eligibility({
    exempt: { severity: 'error', citation: carried },
    suspended: { severity: 'warning', citation: carried },
    newMonths: { months: 6, severity: 'warning', citation: carried },
    missing: { severity: 'error', citation: missing },
  });
