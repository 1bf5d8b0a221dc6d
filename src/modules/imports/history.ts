/**
 * One member's history from the two sheets, as the membership events the app itself records:
 * admission and recognition from the profile's dates (through the member form's own initialEvents),
 * then each BienDong row as the event the member page would record. Pure (ids come from the caller).
 *
 * Meaning (issue 4): admission on "Ngày quyết định kết nạp" (default "Ngày vào Đảng"); recognition on
 * "Ngày chính thức"; "Mã chi bộ" is the last cell and earlier cells come from CHUYEN_NOI_BO rows; a
 * history whose first BienDong row is CHUYEN_DEN starts with the arrival (admitted elsewhere).
 */
import { foldVietnamese } from '../../vn/fold.ts';
import type { NewMembershipEvent } from '../lifecycle/history.ts';
import { REMOVAL_CAUSES } from '../lifecycle/rules.ts';
import { initialEvents } from '../members/service.ts';
import type { OrgInfo } from './orgIndex.ts';
import type { EventRecord, MemberRecord } from './validate.ts';

export interface PlannedEvent extends NewMembershipEvent {
  id: string;
  /** The BienDong row it comes from; null for events from the DangVien row. */
  row: number | null;
  /** The org code the row named as where the member came from (checked against the history). */
  fromOrgCode?: string | null;
}

export interface RowProblem {
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

const REMOVAL_KEYS = Object.entries(REMOVAL_CAUSES).map(([code, label]) => ({
  code,
  key: foldVietnamese(label),
}));

/** The cause of a removal from the note ("Ghi chú"): a cause's code or label; otherwise "other". */
export function removalCause(note: string | null): keyof typeof REMOVAL_CAUSES {
  if (!note) return 'KHAC';
  const key = foldVietnamese(note);
  const byCode = Object.keys(REMOVAL_CAUSES).find((c) => note.trim().toUpperCase() === c);
  if (byCode) return byCode as keyof typeof REMOVAL_CAUSES;
  return (REMOVAL_KEYS.find((c) => key.includes(c.key))?.code ?? 'KHAC') as keyof typeof REMOVAL_CAUSES;
}

const SIMPLE = {
  MIEN_SINH_HOAT: 'EXEMPTION_START',
  HET_MIEN_SINH_HOAT: 'EXEMPTION_END',
  TAM_MIEN: 'TEMP_EXEMPTION_START',
  HET_TAM_MIEN: 'TEMP_EXEMPTION_END',
  TU_TRAN: 'DIED',
  KHAI_TRU: 'EXPELLED',
  XIN_RA_KHOI_DANG: 'RESIGNED',
  HUY_KET_NAP: 'ADMISSION_ANNULLED',
} as const;

export function buildHistory(
  memberId: string,
  m: MemberRecord,
  rows: readonly EventRecord[],
  orgs: ReadonlyMap<string, OrgInfo>,
  newId: () => string,
): { events: PlannedEvent[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.row - b.row);
  const idOf = (code: string | null) => (code ? (orgs.get(code)?.id ?? null) : null);
  const p = m.profile;
  // The cell before the first move is the cell the member was admitted to (or arrived in).
  const firstMove = sorted.find((e) => e.type === 'CHUYEN_NOI_BO' || (e.type === 'CHUYEN_DI' && e.fromOrg));
  const admissionRow = sorted.find((e) => e.type === 'KET_NAP');
  const firstCell = admissionRow?.toOrg ?? firstMove?.fromOrg ?? m.cellCode;
  const first = sorted[0];
  const arrival = first?.type === 'CHUYEN_DEN' && !first.fromOrg ? first : undefined;
  const startCell = arrival?.toOrg ?? firstCell;
  const cellId = idOf(startCell);
  if (!cellId) return { events: [], problems };

  const wrap = (e: NewMembershipEvent, row: number | null): PlannedEvent => ({ ...e, id: newId(), row });
  const events = initialEvents(memberId, cellId, {
    admissionDecisionDate: p.admissionDecisionDate,
    ceremonyDate: p.ceremonyDate,
    officialDate: p.officialDate,
    arrivalDate: arrival?.date ?? null,
    arrivalFrom: arrival?.note ?? null,
  }).map((e) => wrap(e, null));
  const meta = (r: EventRecord) => ({
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    issuingBody: r.issuingBody,
    note: r.note,
  });
  const merge = (target: PlannedEvent, r: EventRecord) => {
    Object.assign(target, { ...meta(r), decisionDate: r.decisionDate ?? target.decisionDate ?? null });
    target.row = r.row;
  };

  let pendingTransfer: PlannedEvent | null = null;
  for (const r of sorted) {
    const push = (e: Omit<NewMembershipEvent, 'memberId'>) => {
      const planned = wrap({ memberId, ...meta(r), ...e }, r.row);
      planned.fromOrgCode = r.fromOrg;
      events.push(planned);
      return planned;
    };
    const needOrg = (column: 'toOrg', what: string): string | null => {
      const id = idOf(r[column]);
      if (!r[column])
        problems.push({ row: r.row, column: 'Mã tổ chức đến', value: null, message: `Thiếu mã ${what}.` });
      return id;
    };
    switch (r.type) {
      case 'KET_NAP': {
        const admission = events.find((e) => e.type === 'ADMISSION');
        if (!admission)
          problems.push({
            row: r.row,
            column: 'Loại biến động',
            value: r.type,
            message:
              'Đảng viên chuyển đến từ ngoài hệ thống: không ghi kết nạp ở đây (lịch sử bắt đầu từ ngày chuyển đến).',
          });
        else if (admission.effectiveDate !== r.date)
          problems.push({
            row: r.row,
            column: 'Ngày',
            value: r.date,
            message: `Ngày kết nạp khác ngày quyết định kết nạp ở trang DangVien (${admission.effectiveDate}).`,
          });
        else merge(admission, r);
        break;
      }
      case 'CONG_NHAN_CHINH_THUC': {
        const same = events.find((e) => e.type === 'RECOGNITION' && e.effectiveDate === r.date);
        if (same) merge(same, r);
        else push({ type: 'RECOGNITION', effectiveDate: r.date, orgId: null });
        break;
      }
      case 'KET_NAP_LAI': {
        const orgId = idOf(r.toOrg ?? m.cellCode);
        push({ type: 'READMISSION', effectiveDate: r.date, orgId, details: { ceremonyDate: r.date } });
        break;
      }
      case 'CHUYEN_DEN': {
        if (r === arrival) {
          merge(events[0]!, r);
          break;
        }
        const toId = idOf(r.toOrg ?? m.cellCode);
        if (r.fromOrg) {
          // Inside the installation: the handshake of the transfer, accepted on this date.
          const issued: PlannedEvent =
            pendingTransfer && pendingTransfer.orgId === toId
              ? pendingTransfer
              : push({ type: 'TRANSFER_ISSUED', effectiveDate: r.date, orgId: toId });
          pendingTransfer = null;
          push({
            type: 'TRANSFER_ACCEPTED',
            effectiveDate: r.date,
            orgId: toId,
            details: { transferEventId: issued.id },
          });
        } else {
          const status = p.officialDate && p.officialDate <= r.date ? 'OFFICIAL' : 'PROBATIONARY';
          push({
            type: 'ARRIVAL',
            effectiveDate: r.date,
            orgId: toId,
            details: { status, ...(r.note && { externalOrg: r.note }) },
          });
        }
        break;
      }
      case 'CHUYEN_DI':
        if (r.toOrg)
          pendingTransfer = push({ type: 'TRANSFER_ISSUED', effectiveDate: r.date, orgId: idOf(r.toOrg) });
        else
          push({
            type: 'DEPARTURE',
            effectiveDate: r.date,
            orgId: null,
            details: r.note ? { externalOrg: r.note } : {},
          });
        break;
      case 'CHUYEN_NOI_BO': {
        const orgId = needOrg('toOrg', 'chi bộ chuyển đến');
        if (orgId) push({ type: 'INTERNAL_MOVE', effectiveDate: r.date, orgId });
        break;
      }
      case 'XOA_TEN': {
        const cause = removalCause(r.note);
        push(
          cause === 'KHONG_CONG_NHAN'
            ? { type: 'RECOGNITION_REFUSED', effectiveDate: r.date, orgId: null }
            : { type: 'REMOVED', effectiveDate: r.date, orgId: null, details: { cause } },
        );
        break;
      }
      default:
        push({ type: SIMPLE[r.type], effectiveDate: r.date, orgId: null });
    }
  }
  return { events, problems };
}
