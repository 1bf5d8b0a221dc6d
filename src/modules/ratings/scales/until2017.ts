/**
 * The scale before Quy định 132-QĐ/TW: annual "đánh giá, phân loại chất lượng" under Hướng dẫn
 * 20-HD/BTCTW (10/10/2008) and, from 2014, Hướng dẫn 27-HD/BTCTW (25/9/2014). Orgs: Trong sạch, vững
 * mạnh / Hoàn thành tốt nhiệm vụ / Hoàn thành nhiệm vụ / Yếu kém. Members: "Đủ tư cách" at three levels,
 * or "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ" (the wording of the provinces' reports of the
 * period, e.g. Báo Đồng Tháp 5/4/2013). Only the "Yếu kém" rule below was found verbatim; the rest is
 * carried over as warnings so that imported history is never refused on an unverified rule.
 */
import { disciplineCap } from './discipline.ts';
import { eligibility } from './eligibility.ts';
import { childrenForce } from './orgLimits.ts';
import type { Citation, RuleSet } from './types.ts';

const HD27: Citation = { document: 'Hướng dẫn 27-HD/BTCTW ngày 25/9/2014', article: 'mục II' };
const HD27_WEAK: Citation = { ...HD27, article: 'mục II, đảng bộ (chi bộ) yếu kém' };
const UNVERIFIED: Citation = { ...HD27, article: 'mục II (nguyên văn chưa xác minh, xem docs/ratings.md)' };

export const UNTIL_2017_RULES: RuleSet = {
  id: 'UNTIL_2017',
  name: 'Hướng dẫn 27-HD/BTCTW (thang trước năm 2018)',
  sources: [
    {
      document: 'Hướng dẫn 20-HD/BTCTW ngày 10/10/2008',
      article: 'đánh giá chất lượng tổ chức cơ sở đảng và đảng viên',
    },
    {
      document: 'Hướng dẫn 27-HD/BTCTW ngày 25/9/2014',
      article: 'kiểm điểm, đánh giá, phân loại chất lượng hằng năm',
    },
  ],
  effectiveFrom: null,
  periodKinds: ['YEAR'],
  memberLevels: [
    { code: 'HTXSNV', label: 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ', rank: 4 },
    { code: 'HTTNV', label: 'Đủ tư cách, hoàn thành tốt nhiệm vụ', rank: 3 },
    { code: 'HTNV', label: 'Đủ tư cách, hoàn thành nhiệm vụ', rank: 2 },
    { code: 'VI_PHAM_TU_CACH', label: 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ', rank: 1 },
  ],
  orgLevels: [
    { code: 'TSVM', label: 'Trong sạch, vững mạnh', rank: 4 },
    { code: 'HTTNV', label: 'Hoàn thành tốt nhiệm vụ', rank: 3 },
    { code: 'HTNV', label: 'Hoàn thành nhiệm vụ', rank: 2 },
    { code: 'YEU_KEM', label: 'Yếu kém', rank: 1 },
  ],
  levelsCitation: HD27,
  constraints: [
    eligibility({
      // Exempt members are not rated (DOMAIN.md; Điều lệ Đảng 2011, Điều 7 on exemption).
      exempt: { severity: 'error', citation: UNVERIFIED },
      suspended: { severity: 'warning', citation: UNVERIFIED },
      newMonths: null,
      missing: { severity: 'error', citation: HD27 },
    }),
    disciplineCap({
      cap: 'HTNV',
      severity: 'warning',
      citation: UNVERIFIED,
      exceptSelfRemedied: false,
      subjects: ['MEMBER'],
    }),
    // "Đảng bộ có trên 1/3 số tổ chức đảng trực thuộc xếp loại 'Yếu kém'; chi bộ có trên 1/2 số đảng viên
    // xếp loại 'Không hoàn thành nhiệm vụ'" makes the org "Yếu kém".
    childrenForce({
      childKind: 'ORGS',
      childLevel: 'YEU_KEM',
      moreThan: { num: 1, den: 3 },
      force: 'YEU_KEM',
      citation: HD27_WEAK,
    }),
    childrenForce({
      childKind: 'MEMBERS',
      childLevel: 'VI_PHAM_TU_CACH',
      moreThan: { num: 1, den: 2 },
      force: 'YEU_KEM',
      citation: HD27_WEAK,
    }),
  ],
  groupConstraints: [],
};
