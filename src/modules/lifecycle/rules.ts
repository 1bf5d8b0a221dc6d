/**
 * Membership history as pure data: events in, periods out. No I/O, no clock.
 *
 * Regulations applied here (cited at each rule):
 * - Điều lệ Đảng (2011), Điều 4–5, 8; Quy định 24-QĐ/TW (2021) and Hướng dẫn 01-HD/TW (2021) on
 *   admission, probation, re-admission, transfers, exemption and removal.
 * - A member counts from the admission decision date (docs/decisions.md, "Dates of membership").
 */
import { addMonths, formatVnDate as formatDate } from '../../vn/dates.ts';
import type { MembershipEventType } from './eventTypes.ts';

export { MEMBERSHIP_EVENT_LABELS, MEMBERSHIP_EVENT_TYPES, type MembershipEventType } from './eventTypes.ts';

export type MemberStatus = 'PROBATIONARY' | 'OFFICIAL';
export type Exemption = 'EXEMPT' | 'TEMPORARY';

export interface MembershipEventFacts {
  id: string;
  seq: number;
  type: MembershipEventType;
  effectiveDate: string;
  orgId: string | null;
  correctsEventId: string | null;
  details: Record<string, unknown>;
}

export interface PeriodFacts {
  orgId: string;
  status: MemberStatus;
  exemption: Exemption | null;
  hostOrgId: string | null;
  validFrom: string;
  validTo: string | null;
  startCause: MembershipEventType;
  endCause: MembershipEventType | null;
}

/** An internal permanent transfer issued and neither accepted nor returned: the sender still counts the member. */
export interface PendingTransfer {
  eventId: string;
  toOrgId: string;
  issuedOn: string;
}

export interface DerivedHistory {
  periods: PeriodFacts[];
  pendingTransfer: PendingTransfer | null;
  /** Set when the last event ended the membership. */
  ended: { cause: MembershipEventType; on: string } | null;
  /** Vietnamese reasons for events that do not follow from the state on their date. */
  problems: string[];
}

/** Events that end membership, and the statistic each falls under. */
export const TERMINAL_EVENTS = [
  'DIED',
  'EXPELLED',
  'REMOVED',
  'RECOGNITION_REFUSED',
  'RESIGNED',
  'ADMISSION_ANNULLED',
  'DEPARTURE',
] as const satisfies readonly MembershipEventType[];

/** Causes of removal from the roll (xóa tên): Điều lệ Điều 8.2; Quy định 24-QĐ/TW mục 8. */
export const REMOVAL_CAUSES = {
  BO_SINH_HOAT: 'Bỏ sinh hoạt đảng hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng',
  GIAM_SUT_TU_CACH: 'Giảm sút ý chí phấn đấu, không đủ tư cách đảng viên',
  KHONG_CONG_NHAN: 'Dự bị không được công nhận chính thức',
  KHAC: 'Lý do khác',
} as const;

/**
 * Probation lasts 12 months from the ceremony (Điều lệ Điều 5.1; Hướng dẫn 01-HD/TW mục 3.7):
 * recognition may be decided from the day the 12 months are complete.
 */
export function probationEnds(ceremonyDate: string): string {
  return addMonths(ceremonyDate, 12);
}

/**
 * Applies CORRECTION events: a correction either voids the event it names (details.void) or replaces
 * its date, org and details. The result is the history as it should have been, in date order.
 */
export function effectiveEvents(events: readonly MembershipEventFacts[]): MembershipEventFacts[] {
  const byId = new Map<string, MembershipEventFacts>();
  const corrections: MembershipEventFacts[] = [];
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (e.type === 'CORRECTION') corrections.push(e);
    else byId.set(e.id, { ...e });
  }
  for (const c of corrections) {
    const target = c.correctsEventId ? byId.get(c.correctsEventId) : undefined;
    if (!target) continue;
    if (c.details.void === true) {
      byId.delete(target.id);
      continue;
    }
    const replacement = (c.details.replacement ?? {}) as Partial<MembershipEventFacts>;
    byId.set(target.id, {
      ...target,
      effectiveDate: replacement.effectiveDate ?? target.effectiveDate,
      orgId: replacement.orgId ?? target.orgId,
      details: { ...target.details, ...(replacement.details ?? {}) },
    });
  }
  return [...byId.values()].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.seq - b.seq);
}

/** Folds effective events into periods of (org, status, exemption, host org), checking each against the state on its date. */
export function derivePeriods(events: readonly MembershipEventFacts[]): DerivedHistory {
  const periods: PeriodFacts[] = [];
  const problems: string[] = [];
  let pending: PendingTransfer | null = null;
  let ended: DerivedHistory['ended'] = null;
  let ceremonyDate: string | null = null;

  const open = () => {
    const last = periods.at(-1);
    return last && last.validTo === null ? last : undefined;
  };
  /** Closes the open period on `date` and opens its successor with `next` applied. */
  const change = (date: string, cause: MembershipEventType, next: Partial<PeriodFacts>) => {
    const current = open() as PeriodFacts;
    if (current.validFrom === date) {
      // Two changes on one day: the day's period keeps the cause that opened it.
      periods[periods.length - 1] = { ...current, ...next };
      return;
    }
    current.validTo = date;
    current.endCause = cause;
    periods.push({ ...current, ...next, validFrom: date, validTo: null, startCause: cause, endCause: null });
  };
  const start = (e: MembershipEventFacts, status: MemberStatus) => {
    periods.push({
      orgId: e.orgId as string,
      status,
      exemption: null,
      hostOrgId: null,
      validFrom: e.effectiveDate,
      validTo: null,
      startCause: e.type,
      endCause: null,
    });
    ended = null;
  };
  const finish = (e: MembershipEventFacts) => {
    const current = open() as PeriodFacts;
    current.validTo = e.effectiveDate;
    current.endCause = e.type;
    ended = { cause: e.type, on: e.effectiveDate };
    pending = null;
  };

  for (const e of effectiveEvents(events)) {
    const on = `Ngày ${formatDate(e.effectiveDate)}`;
    const refuse = (why: string) => problems.push(`${on}: ${why}`);
    const current = open();
    const endedNow = ended as DerivedHistory['ended'];
    if (endedNow?.cause === 'DIED') {
      refuse(`đảng viên đã từ trần ngày ${formatDate(endedNow.on)}, không ghi thêm biến động.`);
      continue;
    }
    if (!current && !STARTING_EVENTS.has(e.type)) {
      refuse(
        periods.length === 0
          ? 'chưa được kết nạp, chưa thể ghi biến động này.'
          : 'không còn là đảng viên vào ngày này, không thể ghi biến động này.',
      );
      continue;
    }
    if (pending && !TRANSIT_EVENTS.has(e.type)) {
      refuse('đảng viên đang chuyển sinh hoạt chính thức; tổ chức nhận phải tiếp nhận hoặc trả lại trước.');
      continue;
    }
    switch (e.type) {
      // Điều lệ Điều 4: admission is for people never in the party; those who left are re-admitted.
      case 'ADMISSION':
        if (current) refuse('đã là đảng viên, không thể kết nạp.');
        else if (periods.length > 0) refuse('đã từng là đảng viên; hãy ghi "kết nạp lại".');
        else if (!e.orgId) refuse('kết nạp cần chi bộ sinh hoạt.');
        else {
          ceremonyDate = (e.details.ceremonyDate as string | undefined) ?? e.effectiveDate;
          start(e, 'PROBATIONARY');
        }
        break;
      // Điều lệ Điều 4.3; Quy định 24-QĐ/TW mục 3.4: re-admitted members serve a probation again.
      case 'READMISSION':
        if (current) refuse('đang là đảng viên, không thể kết nạp lại.');
        else if (periods.length === 0) refuse('chưa từng là đảng viên; hãy ghi "kết nạp".');
        else if (endedNow?.cause === 'DEPARTURE') refuse('đảng viên đã chuyển đi; hãy ghi "chuyển đến".');
        else if (!e.orgId) refuse('kết nạp lại cần chi bộ sinh hoạt.');
        else {
          ceremonyDate = (e.details.ceremonyDate as string | undefined) ?? e.effectiveDate;
          start(e, 'PROBATIONARY');
        }
        break;
      case 'ARRIVAL':
        if (current)
          refuse('đang là đảng viên trong hệ thống; chuyển nội bộ phải qua giấy chuyển sinh hoạt.');
        else if (!e.orgId) refuse('chuyển đến cần chi bộ tiếp nhận.');
        else {
          const status = e.details.status === 'PROBATIONARY' ? 'PROBATIONARY' : 'OFFICIAL';
          ceremonyDate = (e.details.ceremonyDate as string | undefined) ?? ceremonyDate;
          start(e, status);
        }
        break;
      // Điều lệ Điều 5.1–5.2: recognition when the 12 months of probation are complete.
      case 'RECOGNITION': {
        const c = current as PeriodFacts;
        if (c.status !== 'PROBATIONARY') refuse('đã là đảng viên chính thức.');
        else if (ceremonyDate && e.effectiveDate < probationEnds(ceremonyDate))
          refuse(
            `chưa đủ 12 tháng dự bị (tính từ lễ kết nạp ${formatDate(ceremonyDate)}; sớm nhất ngày ${formatDate(probationEnds(ceremonyDate))}).`,
          );
        else change(e.effectiveDate, e.type, { status: 'OFFICIAL' });
        break;
      }
      // Điều lệ Điều 5.3: a probationary member not recognized is removed from the roll.
      case 'RECOGNITION_REFUSED':
        if ((current as PeriodFacts).status !== 'PROBATIONARY')
          refuse('chỉ đảng viên dự bị mới xét công nhận.');
        else finish(e);
        break;
      case 'INTERNAL_MOVE':
      case 'ORG_MERGE':
        if (!e.orgId) refuse('thiếu chi bộ chuyển đến.');
        else if (e.orgId === (current as PeriodFacts).orgId) {
          if (e.type === 'INTERNAL_MOVE') refuse('chi bộ chuyển đến trùng chi bộ đang sinh hoạt.');
        } else change(e.effectiveDate, e.type, { orgId: e.orgId });
        break;
      // Quy định 24-QĐ/TW mục 10: within the installation a permanent transfer is issued, then accepted.
      case 'TRANSFER_ISSUED':
        if (pending) refuse('đã có giấy chuyển sinh hoạt chưa được tiếp nhận.');
        else if (!e.orgId) refuse('thiếu tổ chức đảng nhận.');
        else if (e.orgId === (current as PeriodFacts).orgId)
          refuse('tổ chức nhận trùng chi bộ đang sinh hoạt.');
        else pending = { eventId: e.id, toOrgId: e.orgId, issuedOn: e.effectiveDate };
        break;
      case 'TRANSFER_ACCEPTED':
      case 'TRANSFER_RETURNED': {
        const p = pending as PendingTransfer | null;
        if (!p || p.eventId !== e.details.transferEventId)
          refuse('không có giấy chuyển sinh hoạt đang chờ tiếp nhận (hoặc đã được xử lý).');
        else if (e.effectiveDate < p.issuedOn)
          refuse(`ngày tiếp nhận trước ngày chuyển đi (${formatDate(p.issuedOn)}).`);
        else {
          pending = null;
          if (e.type === 'TRANSFER_ACCEPTED')
            change(e.effectiveDate, e.type, { orgId: p.toOrgId, hostOrgId: null });
        }
        break;
      }
      // Quy định 24-QĐ/TW mục 11: a temporary transfer keeps the home org and adds a host.
      case 'TEMP_TRANSFER_START':
        if ((current as PeriodFacts).hostOrgId) refuse('đang sinh hoạt tạm thời ở tổ chức khác.');
        else if (!e.orgId) refuse('thiếu tổ chức đảng nơi sinh hoạt tạm thời.');
        else if (e.orgId === (current as PeriodFacts).orgId)
          refuse('nơi sinh hoạt tạm thời trùng chi bộ chính thức.');
        else change(e.effectiveDate, e.type, { hostOrgId: e.orgId });
        break;
      case 'TEMP_TRANSFER_END':
        if (!(current as PeriodFacts).hostOrgId) refuse('không sinh hoạt tạm thời ở đâu.');
        else change(e.effectiveDate, e.type, { hostOrgId: null });
        break;
      // Quy định 24-QĐ/TW mục 6: exemption from work and meetings, and temporary exemption.
      case 'EXEMPTION_START':
      case 'TEMP_EXEMPTION_START':
        if ((current as PeriodFacts).exemption) refuse('đang được miễn hoặc tạm miễn sinh hoạt.');
        else
          change(e.effectiveDate, e.type, {
            exemption: e.type === 'EXEMPTION_START' ? 'EXEMPT' : 'TEMPORARY',
          });
        break;
      case 'EXEMPTION_END':
      case 'TEMP_EXEMPTION_END': {
        const wanted: Exemption = e.type === 'EXEMPTION_END' ? 'EXEMPT' : 'TEMPORARY';
        if ((current as PeriodFacts).exemption !== wanted)
          refuse(
            wanted === 'EXEMPT' ? 'đảng viên không được miễn sinh hoạt.' : 'đảng viên không được tạm miễn.',
          );
        else change(e.effectiveDate, e.type, { exemption: null });
        break;
      }
      // Điều lệ Điều 35: probationary members can be reprimanded or warned, not expelled.
      case 'EXPELLED':
        if ((current as PeriodFacts).status === 'PROBATIONARY')
          refuse('đảng viên dự bị không bị kỷ luật khai trừ (chỉ khiển trách, cảnh cáo).');
        else finish(e);
        break;
      case 'REMOVED':
        if (!(typeof e.details.cause === 'string' && e.details.cause in REMOVAL_CAUSES))
          refuse('xóa tên cần ghi rõ lý do.');
        else finish(e);
        break;
      case 'DIED':
      case 'RESIGNED':
      case 'ADMISSION_ANNULLED':
      case 'DEPARTURE':
        finish(e);
        break;
      case 'CORRECTION':
        break;
    }
  }
  return { periods, pendingTransfer: pending, ended, problems };
}

/** Events that may happen when the person is not (or no longer) a member. */
const STARTING_EVENTS = new Set<MembershipEventType>(['ADMISSION', 'READMISSION', 'ARRIVAL']);
/** Events allowed while a transfer is in transit. */
const TRANSIT_EVENTS = new Set<MembershipEventType>([
  'TRANSFER_ACCEPTED',
  'TRANSFER_RETURNED',
  'DIED',
  'ORG_MERGE',
]);

/** The orgs of the adjacent periods (a gap means none): stored with each period for the changes report. */
export function neighbours(
  periods: readonly PeriodFacts[],
  i: number,
): { prevOrgId: string | null; nextOrgId: string | null } {
  const p = periods[i]!;
  const prev = periods[i - 1];
  const next = periods[i + 1];
  return {
    prevOrgId: prev && prev.validTo === p.validFrom ? prev.orgId : null,
    nextOrgId: next && p.validTo === next.validFrom ? next.orgId : null,
  };
}

/** The period covering a date. */
export function periodOn(periods: readonly PeriodFacts[], date: string): PeriodFacts | undefined {
  return periods.find((p) => p.validFrom <= date && (p.validTo === null || p.validTo > date));
}
