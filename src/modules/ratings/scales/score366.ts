/**
 * Quy định 366-QĐ/TW (30/8/2025), Điều 11: the level follows the 100-point total and, at the same time,
 * the level's extra conditions ("đồng thời phải đáp ứng các điều kiện"):
 * - HTXSNV: total ≥ 90; 100% of tasks done on time with quality, at least 30% exceeded; for a collective,
 *   no subordinate unit or member of its leadership disciplined; all shortcomings concluded earlier
 *   remedied ("đã khắc phục 100% các hạn chế, khuyết điểm").
 * - HTTNV: 70 ≤ total < 90; 100% of tasks done on time with quality.
 * - HTNV: 50 ≤ total < 70; 100% of tasks done, at most 20% of them late (worded for collectives; the
 *   clause for individuals was not found in full, so for members it is a warning).
 * - KHTNV: below 50.
 * Text as reported by thuvienphapluat.vn (9/12/2025) and Lao Động; see docs/ratings.md.
 */
import { finding } from './findings.ts';
import { findLevel, labelOf, rankOf } from './levels.ts';
import type {
  Citation,
  Finding,
  LevelCode,
  RatingCase,
  RuleSet,
  SubjectConstraint,
  TaskFacts,
} from './types.ts';

export const SCORE_BANDS: { code: LevelCode; min: number }[] = [
  { code: 'HTXSNV', min: 90 },
  { code: 'HTTNV', min: 70 },
  { code: 'HTNV', min: 50 },
  { code: 'KHTNV', min: 0 },
];

/** The highest level a total allows: thresholds are inclusive ("từ 90 điểm trở lên"). */
export const bandFor = (total: number): LevelCode => SCORE_BANDS.find((b) => total >= b.min)!.code;

const BAND_TEXT: Record<string, string> = {
  HTXSNV: 'từ 90 điểm trở lên',
  HTTNV: 'từ 70 đến dưới 90 điểm',
  HTNV: 'từ 50 đến dưới 70 điểm',
  KHTNV: 'dưới 50 điểm',
};

const vnNumber = (x: number) => String(x).replace('.', ',');

/** A total the bands can be read from; out-of-range totals are reported by validation.ts. */
const usable = (total: number) => Number.isFinite(total) && total >= 0 && total <= 100;

/** Task counts must be whole, non-negative and nested (exceeded and on time among completed). */
export function taskFactsValid(t: TaskFacts): boolean {
  const whole = [t.assigned, t.completed, t.onTime, t.exceeded].every((n) => Number.isInteger(n) && n >= 0);
  return whole && t.completed <= t.assigned && t.onTime <= t.completed && t.exceeded <= t.completed;
}

interface ConditionResult {
  failed: string[];
  unknown: string[];
}

/** Which extra conditions of `code` the case fails, and which it lacks the facts to decide. */
export function conditionsFor(code: LevelCode, c: RatingCase): ConditionResult {
  const r: ConditionResult = { failed: [], unknown: [] };
  if (code === 'KHTNV') return r;
  const t = c.tasks;
  if (!t) r.unknown.push('số liệu nhiệm vụ được giao');
  else if (code === 'HTNV') {
    if (t.completed < t.assigned) r.failed.push('hoàn thành 100% nhiệm vụ được giao');
    if ((t.assigned - t.onTime) * 5 > t.assigned) r.failed.push('không quá 20% nhiệm vụ chậm tiến độ');
  } else {
    if (t.completed < t.assigned || t.onTime < t.assigned)
      r.failed.push('hoàn thành 100% nhiệm vụ được giao, đúng hạn');
    if (code === 'HTXSNV' && t.exceeded * 10 < t.assigned * 3)
      r.failed.push('ít nhất 30% nhiệm vụ hoàn thành vượt mức');
  }
  if (code !== 'HTXSNV') return r;
  if (c.subject === 'ORG') {
    if (c.disciplinedUnits === undefined && c.leadershipDisciplined === undefined) {
      r.unknown.push('kỷ luật của đơn vị trực thuộc và tập thể lãnh đạo');
    } else if ((c.disciplinedUnits ?? 0) > 0 || c.leadershipDisciplined) {
      r.failed.push('không có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật');
    }
  }
  if (c.shortcomingsRemedied === undefined) r.unknown.push('kết quả khắc phục hạn chế, khuyết điểm');
  else if (!c.shortcomingsRemedied) r.failed.push('đã khắc phục 100% hạn chế, khuyết điểm');
  return r;
}

const met = (r: ConditionResult) => r.failed.length === 0 && r.unknown.length === 0;

/** The best level the score and the known facts support (what a proposal sheet suggests). */
export function suggestedLevel(c: RatingCase): LevelCode | null {
  if (!c.score || !usable(c.score.total)) return null;
  const from = SCORE_BANDS.findIndex((b) => b.code === bandFor(c.score!.total));
  return SCORE_BANDS.slice(from).find((b) => met(conditionsFor(b.code, c)))?.code ?? 'KHTNV';
}

function scoreVsLevel(rs: RuleSet, citation: Citation, c: RatingCase): Finding[] {
  const level = findLevel(rs, c.subject, c.level);
  if (!level) return [];
  if (!c.score) {
    const message = `Chưa có điểm đánh giá: không kiểm tra được mức "${level.label}" theo thang điểm 100`;
    return [finding('warning', 'SCORE_MISSING', citation, message, c.id)];
  }
  if (!usable(c.score.total)) return [];
  const band = bandFor(c.score.total);
  const bandRank = rankOf(rs, c.subject, band);
  const total = vnNumber(c.score.total);
  if (level.rank > bandRank) {
    const message =
      `Tổng điểm ${total} chỉ đạt mức "${labelOf(rs, c.subject, band)}" (${BAND_TEXT[band]}); ` +
      `không thể xếp "${level.label}" (${BAND_TEXT[level.code]})`;
    return [finding('error', 'LEVEL_ABOVE_SCORE', citation, message, c.id)];
  }
  if (level.rank < bandRank && met(conditionsFor(band, c))) {
    const message = `Tổng điểm ${total} và các điều kiện đạt mức "${labelOf(rs, c.subject, band)}" nhưng xếp "${level.label}": cần nêu rõ lý do`;
    return [finding('warning', 'LEVEL_BELOW_SCORE', citation, message, c.id)];
  }
  return [];
}

function levelConditions(rs: RuleSet, citation: Citation, c: RatingCase): Finding[] {
  const level = findLevel(rs, c.subject, c.level);
  if (!level) return [];
  if (c.tasks && !taskFactsValid(c.tasks)) {
    const message =
      'Số liệu nhiệm vụ không hợp lệ: số hoàn thành, đúng hạn, vượt mức phải là số nguyên không âm, không vượt quá số được giao';
    return [finding('error', 'TASKS_INVALID', citation, message, c.id)];
  }
  const r = conditionsFor(level.code, c);
  const out: Finding[] = [];
  if (r.failed.length > 0) {
    // The HTNV clause for individuals was not found in full: warn rather than refuse (docs/ratings.md).
    const severity = level.code === 'HTNV' && c.subject === 'MEMBER' ? 'warning' : 'error';
    const message = `Xếp loại "${level.label}" chưa đáp ứng điều kiện: ${r.failed.join('; ')}`;
    out.push(finding(severity, 'LEVEL_CONDITIONS', citation, message, c.id));
  }
  if (r.unknown.length > 0) {
    const message = `Chưa có dữ liệu để kiểm tra điều kiện của mức "${level.label}": ${r.unknown.join('; ')}`;
    out.push(finding('warning', 'LEVEL_CONDITIONS_UNKNOWN', citation, message, c.id));
  }
  return out;
}

/** Under 366 the level must match the score band and meet that level's extra conditions. */
export function scoreAndConditions(citation: Citation): SubjectConstraint {
  return {
    id: 'SCORE_AND_CONDITIONS',
    check: ({ ruleSet }, c) => [
      ...scoreVsLevel(ruleSet, citation, c),
      ...levelConditions(ruleSet, citation, c),
    ],
  };
}
