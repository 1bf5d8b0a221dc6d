/**
 * Quy định 366-QĐ/TW (30/8/2025) of the Politburo: 4 chapters, 19 articles, replacing 124. Reviews by
 * term, year, quarter or when needed (Điều 1 khoản 1); a criteria framework of 100 points, general
 * criteria 30 and task results 70, in five appendices by kind of subject; levels by score and extra
 * conditions in Điều 11 (score366.ts). Guidance: Hướng dẫn 43-HD/BTCTW (31/10/2025). The 20% quota and
 * the individual discipline cap were not found in 366's text: they warn (docs/ratings.md).
 */
import { disciplineCap } from './discipline.ts';
import { carriedEligibility } from './eligibility.ts';
import { citing } from './findings.ts';
import { FOUR_LEVEL_SCALE } from './levels.ts';
import { htxsnvQuota } from './quota.ts';
import { scoreAndConditions } from './score366.ts';
import type { RuleSet } from './types.ts';

const QD366 = 'Quy định 366-QĐ/TW ngày 30/8/2025';
const art = citing(QD366);
const ART11 = art('Điều 11');
const CARRIED = art('Điều 11 (nguyên văn chưa xác minh; áp dụng như Quy định 124-QĐ/TW)');
const QUOTA = art('tỷ lệ chưa xác minh; Nghị định 335/2025/NĐ-CP, Điều 20 khoản 5 áp dụng 20% cho công chức');

export const QD366_RULES: RuleSet = {
  id: 'QD366',
  name: 'Quy định 366-QĐ/TW',
  sources: [
    {
      document: QD366,
      article: 'kiểm điểm và đánh giá, xếp loại chất lượng theo nhiệm kỳ, hằng năm, hằng quý',
    },
    { document: 'Hướng dẫn 43-HD/BTCTW ngày 31/10/2025', article: 'thay thế Hướng dẫn 25-HD/BTCTW' },
    {
      document: 'Công văn 10072-CV/BTCTW ngày 06/11/2025',
      article: 'kiểm điểm, đánh giá, xếp loại năm 2025',
    },
  ],
  effectiveFrom: '2025-08-30',
  periodKinds: ['TERM', 'YEAR', 'QUARTER'],
  ...FOUR_LEVEL_SCALE,
  levelsCitation: ART11,
  scoring: { max: 100, generalMax: 30, tasksMax: 70 },
  constraints: [
    carriedEligibility(CARRIED, ART11),
    scoreAndConditions(ART11),
    disciplineCap({
      cap: 'KHTNV',
      severity: 'warning',
      citation: CARRIED,
      exceptSelfRemedied: false,
      subjects: ['MEMBER', 'ORG'],
    }),
  ],
  groupConstraints: [
    htxsnvQuota({ percent: 20, citation: QUOTA, severity: { MEMBER: 'warning', ORG: 'warning' } }),
  ],
};
