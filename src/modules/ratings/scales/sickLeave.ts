/**
 * Long sick leave caps a member's level: Hướng dẫn 21-HD/BTCTW (18/10/2019), mục II (đối tượng):
 * "Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên thì không xếp loại đạt mức 'Hoàn thành
 * tốt nhiệm vụ' trở lên".
 */
import { type Cap, capFindings } from './caps.ts';
import type { SubjectConstraint } from './types.ts';

export function sickLeaveCap(o: Omit<Cap, 'code'> & { months: number }): SubjectConstraint {
  return {
    id: 'SICK_LEAVE_CAP',
    check(ctx, c) {
      if (c.subject !== 'MEMBER' || (c.sickLeaveMonths ?? 0) < o.months) return [];
      const reason = `Nghỉ ốm ${c.sickLeaveMonths} tháng trong kỳ (từ ${o.months} tháng trở lên)`;
      return capFindings(ctx, c, { ...o, code: 'SICK_LEAVE_CAP' }, reason);
    },
  };
}
