/**
 * Bad input, checked for every rule set before its own constraints: a period the regulation has no
 * review for, a level that is not in the period's scale, a score outside the 100-point scale. Each is an
 * error: nothing is written (issue 6, "Bad input").
 */
import { finding } from './findings.ts';
import { findLevel, levelsFor } from './levels.ts';
import { PERIOD_KIND_LABELS, periodLabel } from './period.ts';
import type { CheckContext, Finding, RatingCase, Score } from './types.ts';

const SUBJECT_LABEL = { MEMBER: 'đảng viên', ORG: 'tổ chức đảng' } as const;

export function periodFindings({ ruleSet, period }: CheckContext): Finding[] {
  if (ruleSet.periodKinds.includes(period.kind)) return [];
  const kinds = ruleSet.periodKinds.map((k) => PERIOD_KIND_LABELS[k]).join(', ');
  return [
    finding(
      'error',
      'PERIOD_NOT_IN_RULE_SET',
      ruleSet.levelsCitation,
      `${ruleSet.name} không có kỳ đánh giá ${PERIOD_KIND_LABELS[period.kind]} (${periodLabel(period)}); chỉ đánh giá ${kinds}`,
    ),
  ];
}

export function levelFindings({ ruleSet, period }: CheckContext, c: RatingCase): Finding[] {
  if (c.level === null || findLevel(ruleSet, c.subject, c.level)) return [];
  const allowed = levelsFor(ruleSet, c.subject)
    .map((l) => `${l.code} (${l.label})`)
    .join(', ');
  return [
    finding(
      'error',
      'LEVEL_NOT_IN_SCALE',
      ruleSet.levelsCitation,
      `Mức xếp loại "${c.level}" không có trong thang xếp loại ${SUBJECT_LABEL[c.subject]} của ${ruleSet.name} (${periodLabel(period)}); các mức: ${allowed}`,
      c.id,
    ),
  ];
}

const inRange = (x: number | undefined, max: number) =>
  x === undefined || (Number.isFinite(x) && x >= 0 && x <= max);

/** A score is checked against the rule set's scale; a rule set without points only notes it. */
export function scoreFindings({ ruleSet }: CheckContext, c: RatingCase): Finding[] {
  const s: Score | undefined = c.score;
  if (s === undefined) return [];
  const scale = ruleSet.scoring;
  if (!scale) {
    return [
      finding(
        'warning',
        'SCORE_NOT_USED',
        ruleSet.levelsCitation,
        `Thang xếp loại của ${ruleSet.name} không chấm theo thang điểm 100; điểm được ghi lại nhưng không dùng để kiểm tra mức xếp loại`,
        c.id,
      ),
    ];
  }
  const out: Finding[] = [];
  const bad = (message: string) =>
    out.push(finding('error', 'SCORE_OUT_OF_RANGE', ruleSet.levelsCitation, message, c.id));
  if (!inRange(s.total, scale.max)) bad(`Tổng điểm ${s.total} nằm ngoài thang điểm 0–${scale.max}`);
  if (!inRange(s.general, scale.generalMax)) {
    bad(`Điểm nhóm tiêu chí chung ${s.general} nằm ngoài khoảng 0–${scale.generalMax}`);
  }
  if (!inRange(s.tasks, scale.tasksMax)) {
    bad(`Điểm nhóm tiêu chí kết quả thực hiện nhiệm vụ ${s.tasks} nằm ngoài khoảng 0–${scale.tasksMax}`);
  }
  // The total is the sum of the two groups; a mismatch means a typing error somewhere.
  if (out.length === 0 && s.general !== undefined && s.tasks !== undefined) {
    if (Math.abs(s.general + s.tasks - s.total) > 1e-9) {
      bad(`Tổng điểm ${s.total} khác tổng hai nhóm tiêu chí (${s.general} + ${s.tasks})`);
    }
  }
  return out;
}
