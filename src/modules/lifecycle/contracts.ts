import { z } from 'zod';
import { isoDate, optionalDate, optionalText, text } from '../../platform/validation.ts';
import { orgCode } from '../orgs/contracts.ts';
import { MEMBERSHIP_EVENT_LABELS, type MembershipEventType } from './eventTypes.ts';
import { REMOVAL_CAUSES } from './rules.ts';

/**
 * Events a user records on a member directly. Admission comes from the admission pipeline (or the
 * member form); transfers are accepted or returned from the receiving org's inbox; org merges come
 * from the org's own events; corrections have their own endpoint.
 */
export const RECORDABLE_EVENT_TYPES = [
  'READMISSION',
  'RECOGNITION',
  'RECOGNITION_REFUSED',
  'TRANSFER_ISSUED',
  'DEPARTURE',
  'ARRIVAL',
  'TEMP_TRANSFER_START',
  'TEMP_TRANSFER_END',
  'INTERNAL_MOVE',
  'EXEMPTION_START',
  'EXEMPTION_END',
  'TEMP_EXEMPTION_START',
  'TEMP_EXEMPTION_END',
  'DIED',
  'EXPELLED',
  'REMOVED',
  'RESIGNED',
  'ADMISSION_ANNULLED',
] as const satisfies readonly MembershipEventType[];
export type RecordableEventType = (typeof RECORDABLE_EVENT_TYPES)[number];

/** Which events name an org, and what the org is to them. */
export const EVENT_ORG_ROLE: Partial<Record<RecordableEventType, string>> = {
  READMISSION: 'Chi bộ sinh hoạt',
  ARRIVAL: 'Chi bộ tiếp nhận',
  TRANSFER_ISSUED: 'Chi bộ nhận',
  TEMP_TRANSFER_START: 'Chi bộ sinh hoạt tạm thời',
  INTERNAL_MOVE: 'Chi bộ chuyển đến',
};

const decision = {
  decisionNumber: optionalText('Số quyết định', 60),
  decisionDate: optionalDate('Ngày quyết định'),
  issuingBody: optionalText('Cơ quan ra quyết định', 200),
  note: optionalText('Ghi chú', 1000),
};

export const recordEventSchema = z.strictObject({
  type: z.enum(RECORDABLE_EVENT_TYPES, {
    error: `Loại biến động không hợp lệ. Chọn một trong: ${RECORDABLE_EVENT_TYPES.map((t) => MEMBERSHIP_EVENT_LABELS[t]).join(', ')}.`,
  }),
  effectiveDate: isoDate('Ngày hiệu lực'),
  orgCode: orgCode.optional(),
  ...decision,
  removalCause: z
    .enum(Object.keys(REMOVAL_CAUSES) as [keyof typeof REMOVAL_CAUSES], {
      error: 'Lý do xóa tên không hợp lệ.',
    })
    .optional(),
  /** ARRIVAL: the member's status on arrival. */
  arrivalStatus: z.enum(['PROBATIONARY', 'OFFICIAL'], { error: 'Trạng thái không hợp lệ.' }).optional(),
  /** READMISSION / ARRIVAL of a probationary member: the ceremony that starts the probation. */
  ceremonyDate: optionalDate('Ngày lễ kết nạp'),
  /** DEPARTURE / ARRIVAL: the org outside the installation. */
  externalOrg: optionalText('Tổ chức đảng ngoài hệ thống', 200),
});
export type RecordEventInput = z.output<typeof recordEventSchema>;

export const correctEventSchema = z.strictObject({
  reason: text('Lý do đính chính', 1000),
  /** True: the event should never have been recorded. */
  void: z.boolean({ error: 'Hủy bỏ: cần đúng/sai.' }).optional(),
  effectiveDate: optionalDate('Ngày hiệu lực đúng'),
  orgCode: orgCode.optional(),
  decisionNumber: decision.decisionNumber,
  decisionDate: decision.decisionDate,
});
export type CorrectEventInput = z.output<typeof correctEventSchema>;

export const transferDecisionSchema = z.strictObject({
  effectiveDate: isoDate('Ngày tiếp nhận'),
  ...decision,
});
export type TransferDecisionInput = z.output<typeof transferDecisionSchema>;

export const transferListSchema = z.strictObject({
  box: z.enum(['in', 'out'], { error: 'Hộp thư phải là "in" (đến) hoặc "out" (đi).' }),
  org: orgCode.optional(),
});
export type TransferListQuery = z.output<typeof transferListSchema>;
