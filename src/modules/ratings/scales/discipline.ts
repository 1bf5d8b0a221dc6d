/**
 * Discipline in the period caps the level. What counts is a disciplinary decision dated inside the
 * period ("bị thi hành kỷ luật trong năm"); a violation already counted when an earlier period was rated
 * is not counted again ("một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại", Hướng dẫn
 * 21-HD/BTCTW); under Quy định 124-QĐ/TW a violation the person found and remedied themself is excepted.
 */

import { formatVnDate } from '../../../vn/dates.ts';
import { type Cap, capFindings } from './caps.ts';
import { inPeriod, periodLabel } from './period.ts';
import type { Discipline, RatingCase, SubjectConstraint, SubjectKind } from './types.ts';

export interface DisciplineCapOptions extends Omit<Cap, 'code'> {
  /** Quy định 124-QĐ/TW: "trừ trường hợp tự phát hiện và khắc phục xong hậu quả". */
  exceptSelfRemedied: boolean;
  /** Whom the cited text speaks of: members only (Hướng dẫn 21) or collectives too (Quy định 124). */
  subjects: SubjectKind[];
}

export const countingDisciplines = (
  c: RatingCase,
  inside: (d: Discipline) => boolean,
  exceptSelfRemedied: boolean,
): Discipline[] =>
  (c.disciplines ?? []).filter(
    (d) =>
      inside(d) && !d.countedInEarlierPeriod && !(exceptSelfRemedied && d.selfDetectedAndRemedied === true),
  );

export function disciplineCap(o: DisciplineCapOptions): SubjectConstraint {
  return {
    id: 'DISCIPLINE_CAP',
    check(ctx, c) {
      if (!o.subjects.includes(c.subject)) return [];
      const counted = countingDisciplines(c, (d) => inPeriod(ctx.period, d.decidedOn), o.exceptSelfRemedied);
      const first = counted[0];
      if (!first) return [];
      const reason = `Bị thi hành kỷ luật ngày ${formatVnDate(first.decidedOn)}, trong kỳ ${periodLabel(ctx.period)}`;
      return capFindings(ctx, c, { ...o, code: 'DISCIPLINE_CAP' }, reason);
    },
  };
}
