/**
 * Quy định 124-QĐ/TW (4/10/2023) of the Politburo, which replaced 132 and was itself replaced by 366 on
 * 30/8/2025. Its four levels are in Điều 12. Its guidance, Hướng dẫn 25-HD/BTCTW (2023), could not be
 * found; the cases of "Không hoàn thành nhiệm vụ" below are from the government's summary of 124
 * (xaydungchinhsach.chinhphu.vn, 9/10/2023). Rules of Hướng dẫn 21 not found again in 124 are carried
 * over as warnings (docs/ratings.md).
 */
import { disciplineCap } from './discipline.ts';
import { carriedEligibility } from './eligibility.ts';
import { citing } from './findings.ts';
import { FOUR_LEVEL_SCALE } from './levels.ts';
import { disciplinedUnitsCap, htxsnvNeedsChildren, htxsnvNoDisciplinedUnits } from './orgLimits.ts';
import { htxsnvQuota } from './quota.ts';
import { tasksCondition } from './tasks.ts';
import type { Citation, RuleSet } from './types.ts';

const QD124 = 'Quy định 124-QĐ/TW ngày 04/10/2023';
const art = citing(QD124);
const KHTNV = art('tiêu chí mức "Không hoàn thành nhiệm vụ"');
const HTXSNV = art('tiêu chí mức "Hoàn thành xuất sắc nhiệm vụ" đối với tập thể');
const CARRIED: Citation = {
  document: 'Hướng dẫn 21-HD/BTCTW ngày 18/10/2019',
  article: 'mục II (áp dụng tiếp; Hướng dẫn 25-HD/BTCTW chưa xác minh)',
};
const QUOTA = art(
  'tỷ lệ xếp loại "Hoàn thành xuất sắc nhiệm vụ" (như Hướng dẫn 21-HD/BTCTW, mục II.B, tiết 2.3.a)',
);

export const QD124_RULES: RuleSet = {
  id: 'QD124',
  name: 'Quy định 124-QĐ/TW',
  sources: [
    { document: QD124, article: 'kiểm điểm và đánh giá, xếp loại chất lượng hằng năm' },
    { document: 'Hướng dẫn 25-HD/BTCTW (2023)', article: 'chưa tìm được văn bản' },
  ],
  effectiveFrom: '2023-10-04',
  periodKinds: ['YEAR'],
  ...FOUR_LEVEL_SCALE,
  levelsCitation: { document: QD124, article: 'Điều 12 (4 mức xếp loại)' },
  constraints: [
    carriedEligibility(CARRIED, CARRIED),
    // "Bị xử lý kỷ luật … trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)".
    disciplineCap({
      cap: 'KHTNV',
      severity: 'error',
      citation: KHTNV,
      exceptSelfRemedied: true,
      subjects: ['MEMBER', 'ORG'],
    }),
    // "Tập thể lãnh đạo, quản lý bị xử lý kỷ luật hoặc có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm".
    disciplinedUnitsCap({ cap: 'KHTNV', severity: 'error', citation: KHTNV, moreThan: { num: 1, den: 5 } }),
    // HTXSNV of a collective: no subordinate org or leadership member disciplined (lawnet.vn on 124).
    htxsnvNoDisciplinedUnits({ severity: 'error', citation: HTXSNV }),
    htxsnvNeedsChildren('warning', CARRIED),
    tasksCondition({
      level: 'HTXSNV',
      exceeded: { num: 1, den: 2 },
      severity: 'error',
      citation: art('tiêu chí mức "Hoàn thành xuất sắc nhiệm vụ" đối với cá nhân'),
    }),
  ],
  groupConstraints: [
    htxsnvQuota({ percent: 20, citation: QUOTA, severity: { MEMBER: 'error', ORG: 'warning' } }),
  ],
};
