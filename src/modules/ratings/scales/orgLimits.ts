/**
 * An org's level limited by what its members (a cell) or its subordinate orgs (a committee) were rated,
 * and by discipline among its units, where the regulation says so. Shares are compared in integers
 * (count × denominator against total × numerator) so that a boundary like exactly 80% is exact.
 */
import { type Cap, capFindings } from './caps.ts';
import { finding } from './findings.ts';
import { findLevel, labelOf, rankOf } from './levels.ts';
import type { Citation, Finding, LevelCode, SubjectConstraint, SubjectKind } from './types.ts';

type Share = { num: number; den: number };
const pct = (s: Share) => `${Math.round((s.num * 100) / s.den)}%`;
const childWord = { MEMBERS: 'đảng viên', ORGS: 'tổ chức đảng trực thuộc' } as const;
const childSubject = { MEMBERS: 'MEMBER', ORGS: 'ORG' } as const satisfies Record<string, SubjectKind>;

export interface ChildrenThresholdOptions {
  /** The org level this applies to (and any higher one). */
  level: LevelCode;
  /** Every child at least this level… */
  allAtLeast: LevelCode;
  /** …and at least this share of them at least that level. */
  share: Share;
  shareAtLeast: LevelCode;
  severity: Finding['severity'];
  citation: Citation;
}

/** e.g. Hướng dẫn 21-HD/BTCTW, mục II.B, tiết 1.3.a: HTXSNV needs 100% of children HTNV+ and 80% HTTNV+. */
export function childrenThreshold(o: ChildrenThresholdOptions): SubjectConstraint {
  return {
    id: `CHILDREN_FOR_${o.level}`,
    check({ ruleSet }, c) {
      const level = findLevel(ruleSet, c.subject, c.level);
      if (c.subject !== 'ORG' || !level || level.rank < rankOf(ruleSet, 'ORG', o.level)) return [];
      if (!c.children) {
        const message = `Chưa có kết quả xếp loại đảng viên hoặc tổ chức đảng trực thuộc để kiểm tra mức "${level.label}"`;
        return [finding('warning', 'CHILDREN_UNKNOWN', o.citation, message, c.id)];
      }
      const sub = childSubject[c.children.kind];
      const ranks = c.children.levels.map((l) => rankOf(ruleSet, sub, l));
      const all = ranks.every((r) => r >= rankOf(ruleSet, sub, o.allAtLeast));
      const good = ranks.filter((r) => r >= rankOf(ruleSet, sub, o.shareAtLeast)).length;
      if (all && good * o.share.den >= ranks.length * o.share.num) return [];
      const who = childWord[c.children.kind];
      const message =
        `Xếp loại "${level.label}" cần 100% ${who} đạt "${labelOf(ruleSet, sub, o.allAtLeast)}" trở lên, trong đó ` +
        `từ ${pct(o.share)} đạt "${labelOf(ruleSet, sub, o.shareAtLeast)}" trở lên; hiện có ${good}/${ranks.length}` +
        (all ? '' : ' và có trường hợp dưới mức yêu cầu');
      return [finding(o.severity, `CHILDREN_FOR_${o.level}`, o.citation, message, c.id)];
    },
  };
}

/** Hướng dẫn 21-HD/BTCTW's rule for an org's HTXSNV: 100% of children HTNV or better, 80% HTTNV or better. */
export const htxsnvNeedsChildren = (severity: Finding['severity'], citation: Citation): SubjectConstraint =>
  childrenThreshold({
    level: 'HTXSNV',
    allAtLeast: 'HTNV',
    shareAtLeast: 'HTTNV',
    share: { num: 4, den: 5 },
    severity,
    citation,
  });

export interface ChildrenForceOptions {
  childKind: 'MEMBERS' | 'ORGS';
  childLevel: LevelCode;
  /** When more than this share of children is at `childLevel`… */
  moreThan: Share;
  /** …the org must be rated this level. */
  force: LevelCode;
  citation: Citation;
}

/** e.g. Hướng dẫn 27-HD/BTCTW (2014): a committee with over 1/3 of its orgs "Yếu kém" is "Yếu kém". */
export function childrenForce(o: ChildrenForceOptions): SubjectConstraint {
  return {
    id: `FORCE_${o.force}_BY_${o.childKind}`,
    check(ctx, c) {
      if (c.subject !== 'ORG' || c.children?.kind !== o.childKind) return [];
      const n = c.children.levels.length;
      const bad = c.children.levels.filter((l) => l === o.childLevel).length;
      if (bad * o.moreThan.den <= n * o.moreThan.num) return [];
      const sub = childSubject[o.childKind];
      const reason =
        `Có ${bad}/${n} ${childWord[o.childKind]} xếp loại "${labelOf(ctx.ruleSet, sub, o.childLevel)}" ` +
        `(trên ${o.moreThan.num}/${o.moreThan.den})`;
      const cap: Cap = { code: `FORCE_${o.force}`, cap: o.force, severity: 'error', citation: o.citation };
      return capFindings(ctx, c, cap, reason);
    },
  };
}

/** e.g. Quy định 124-QĐ/TW: leadership disciplined, or over 20% of units disciplined in the year ⇒ KHTNV. */
export function disciplinedUnitsCap(o: Omit<Cap, 'code'> & { moreThan: Share }): SubjectConstraint {
  return {
    id: 'DISCIPLINED_UNITS_CAP',
    check(ctx, c) {
      if (c.subject !== 'ORG') return [];
      const units = c.unitCount ?? 0;
      const disciplined = c.disciplinedUnits ?? 0;
      const tooMany = units > 0 && disciplined * o.moreThan.den > units * o.moreThan.num;
      if (!c.leadershipDisciplined && !tooMany) return [];
      const reason = c.leadershipDisciplined
        ? 'Tập thể lãnh đạo bị xử lý kỷ luật trong kỳ'
        : `Có ${disciplined}/${units} đơn vị trực thuộc bị kỷ luật trong kỳ (trên ${pct(o.moreThan)})`;
      return capFindings(ctx, c, { ...o, code: 'DISCIPLINED_UNITS_CAP' }, reason);
    },
  };
}

/**
 * e.g. Quy định 124-QĐ/TW, HTXSNV for a collective: "không có tổ chức trực thuộc hoặc thành viên của tập
 * thể lãnh đạo, quản lý bị kỷ luật" — any disciplined unit or leadership member caps it at HTTNV.
 */
export function htxsnvNoDisciplinedUnits(o: Omit<Cap, 'code' | 'cap'>): SubjectConstraint {
  return {
    id: 'HTXSNV_NO_DISCIPLINED_UNITS',
    check(ctx, c) {
      if (c.subject !== 'ORG' || (!((c.disciplinedUnits ?? 0) > 0) && !c.leadershipDisciplined)) return [];
      const reason = c.leadershipDisciplined
        ? 'Có thành viên tập thể lãnh đạo bị kỷ luật trong kỳ'
        : `Có ${c.disciplinedUnits} tổ chức trực thuộc bị kỷ luật trong kỳ`;
      return capFindings(ctx, c, { ...o, code: 'HTXSNV_NO_DISCIPLINED_UNITS', cap: 'HTTNV' }, reason);
    },
  };
}
