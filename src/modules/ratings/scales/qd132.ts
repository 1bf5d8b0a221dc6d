/**
 * Quy định 132-QĐ/TW (8/3/2018) of the Politburo on the annual review and rating of collectives and
 * individuals, with Hướng dẫn 16-HD/BTCTW (24/9/2018) for the 2018 review and Hướng dẫn 21-HD/BTCTW
 * (18/10/2019), which replaced it, from 2019. The rules below are quoted from Hướng dẫn 21 as reproduced
 * by thuvienphapluat.vn, luatvietnam.vn and lawnet.vn (see docs/ratings.md).
 */
import { disciplineCap } from './discipline.ts';
import { eligibility } from './eligibility.ts';
import { citing } from './findings.ts';
import { FOUR_LEVEL_SCALE } from './levels.ts';
import { htxsnvNeedsChildren } from './orgLimits.ts';
import { htxsnvQuota } from './quota.ts';
import { sickLeaveCap } from './sickLeave.ts';
import type { RuleSet } from './types.ts';

const HD21 = 'Hướng dẫn 21-HD/BTCTW ngày 18/10/2019';
const art = citing(HD21);
const WHO = art('mục II, đối tượng đánh giá, xếp loại');
const MEMBER_KHTNV = art('mục II.B, tiết 2.3 (đảng viên không hoàn thành nhiệm vụ)');
const MEMBER_HTXSNV = art('mục II.B, tiết 2.3.a (đảng viên hoàn thành xuất sắc nhiệm vụ)');
const ORG_HTXSNV = art('mục II.B, tiết 1.3 (tổ chức đảng hoàn thành xuất sắc nhiệm vụ)');

export const QD132_RULES: RuleSet = {
  id: 'QD132',
  name: 'Quy định 132-QĐ/TW',
  sources: [
    {
      document: 'Quy định 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị',
      article: 'kiểm điểm và đánh giá, xếp loại chất lượng hằng năm',
    },
    { document: 'Hướng dẫn 16-HD/BTCTW ngày 24/9/2018', article: 'năm 2018' },
    { document: HD21, article: 'từ năm 2019' },
  ],
  effectiveFrom: '2018-03-08',
  periodKinds: ['YEAR'],
  ...FOUR_LEVEL_SCALE,
  levelsCitation: {
    document: HD21,
    article: 'mục II.B, khung tiêu chuẩn các mức chất lượng (tiết 1.3, 2.3)',
  },
  constraints: [
    // "trừ đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng";
    // "không đánh giá, xếp loại … tổ chức đảng … mới thành lập chưa đủ 06 tháng, đảng viên mới kết nạp
    // chưa đủ 06 tháng". Probationary members are members and are rated.
    eligibility({
      exempt: { severity: 'error', citation: WHO },
      suspended: { severity: 'error', citation: WHO },
      newMonths: { months: 6, severity: 'error', citation: WHO },
      missing: { severity: 'error', citation: WHO },
    }),
    // KHTNV: "Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần)".
    disciplineCap({
      cap: 'KHTNV',
      severity: 'error',
      citation: MEMBER_KHTNV,
      exceptSelfRemedied: false,
      subjects: ['MEMBER'],
    }),
    sickLeaveCap({ months: 3, cap: 'HTNV', severity: 'error', citation: WHO }),
    // "Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại 'Hoàn thành nhiệm vụ' trở
    // lên, trong đó có từ 80% … 'Hoàn thành tốt nhiệm vụ' trở lên. Đối với chi bộ phải có 100% đảng viên …"
    htxsnvNeedsChildren('error', ORG_HTXSNV),
  ],
  groupConstraints: [
    // Worded for members "trong từng tổ chức cơ sở đảng"; the note under the orgs' HTXSNV standard was
    // found only in part, so for orgs the quota warns.
    htxsnvQuota({ percent: 20, citation: MEMBER_HTXSNV, severity: { MEMBER: 'error', ORG: 'warning' } }),
  ],
};
