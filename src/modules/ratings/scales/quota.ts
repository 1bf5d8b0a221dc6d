/**
 * The quota of HTXSNV in a comparable group. Hướng dẫn 21-HD/BTCTW (18/10/2019), mục II.B, tiết 2.3.a:
 * "Cấp có thẩm quyền xem xét, quyết định số lượng đảng viên được xếp loại 'Hoàn thành xuất sắc nhiệm
 * vụ' không vượt quá 20% số đảng viên được xếp loại 'Hoàn thành tốt nhiệm vụ' trong từng tổ chức cơ sở
 * đảng". The base is the number rated HTTNV (setting `quotaBase` can widen it to HTTNV and better).
 * "Không vượt quá" and no rounding rule in the text: the allowance is rounded down (2 of 10, 1 of 9,
 * 0 of 4), computed in integers so that exactly 20% passes and nothing above it does.
 */
import { finding } from './findings.ts';
import type {
  Citation,
  Finding,
  GroupConstraint,
  RatingGroup,
  RatingSettings,
  SubjectKind,
} from './types.ts';

/** Largest number of HTXSNV allowed for a base count. */
export const quotaAllowance = (base: number, percent: number): number => Math.floor((base * percent) / 100);

export function quotaBaseCount(g: RatingGroup, base: RatingSettings['quotaBase']): number {
  const counted = base === 'HTTNV' ? ['HTTNV'] : ['HTTNV', 'HTXSNV'];
  return g.levels.filter((l) => counted.includes(l)).length;
}

export interface QuotaOptions {
  percent: number;
  citation: Citation;
  severity: Record<SubjectKind, Finding['severity']>;
}

export function htxsnvQuota(o: QuotaOptions): GroupConstraint {
  return {
    id: 'HTXSNV_QUOTA',
    check(ctx, g) {
      const top = g.levels.filter((l) => l === 'HTXSNV').length;
      const base = quotaBaseCount(g, ctx.settings.quotaBase);
      if (top * 100 <= base * o.percent) return [];
      const baseLabel =
        ctx.settings.quotaBase === 'HTTNV' ? 'Hoàn thành tốt nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ trở lên';
      const message =
        `${g.label}: ${top} được xếp loại "Hoàn thành xuất sắc nhiệm vụ", vượt quá ${o.percent}% của ${base} ` +
        `được xếp loại "${baseLabel}" (tối đa ${quotaAllowance(base, o.percent)})`;
      return [finding(o.severity[g.subject], 'HTXSNV_QUOTA', o.citation, message)];
    },
  };
}
