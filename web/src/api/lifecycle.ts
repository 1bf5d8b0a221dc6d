/**
 * The membership lifecycle as the web app uses it (src/modules/lifecycle). Dates are 'YYYY-MM-DD'.
 *
 * The server's contracts.ts also holds its zod schemas, which would pull zod into the browser bundle,
 * so the two lists below are copied from it; the type check under the first fails the build if the
 * server adds or drops a recordable event type without this file following.
 */
import type { RecordableEventType as ServerRecordableEventType } from '../../../src/modules/lifecycle/contracts.ts';
import type { MembershipEventType } from '../shared.ts';

/** Events a user records on a member directly (contracts.ts RECORDABLE_EVENT_TYPES). */
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
] as const satisfies readonly ServerRecordableEventType[];
export type RecordableEventType = (typeof RECORDABLE_EVENT_TYPES)[number];
// Fails to compile when the server has a recordable type this list lacks.
const _allRecordable: [Exclude<ServerRecordableEventType, RecordableEventType>] extends [never]
  ? true
  : never = true;
void _allRecordable;

/** Which events name an org (a cell), and what the org is to them (contracts.ts EVENT_ORG_ROLE). */
export const EVENT_ORG_ROLE = {
  READMISSION: 'Chi bộ sinh hoạt',
  ARRIVAL: 'Chi bộ tiếp nhận',
  TRANSFER_ISSUED: 'Chi bộ nhận',
  TEMP_TRANSFER_START: 'Chi bộ sinh hoạt tạm thời',
  INTERNAL_MOVE: 'Chi bộ chuyển đến',
} as const satisfies Partial<Record<RecordableEventType, string>>;

export const orgRoleOf = (type: string): string | undefined =>
  (EVENT_ORG_ROLE as Partial<Record<string, string>>)[type];

export interface MembershipEvent {
  id: string;
  type: MembershipEventType;
  effectiveDate: string;
  orgCode: string | null;
  orgName: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingBody: string | null;
  note: string | null;
  correctsEventId: string | null;
  details: Record<string, unknown>;
  recordedBy: string | null;
  recordedAt: string;
}

export interface MembershipPeriod {
  orgCode: string;
  status: 'PROBATIONARY' | 'OFFICIAL';
  exemption: 'EXEMPT' | 'TEMPORARY' | null;
  hostOrgCode: string | null;
  validFrom: string;
  validTo: string | null;
  startCause: MembershipEventType;
  endCause: MembershipEventType | null;
}

/** GET /api/v1/members/:id/membership (and the answer to every event written on the member). */
export interface Membership {
  memberId: string;
  status: 'PROBATIONARY' | 'OFFICIAL' | null;
  partyAgeYears: number | null;
  nextBadge: { years: number; reachedOn: string; awardOn: string } | null;
  pendingTransfer: { eventId: string; issuedOn: string; toOrgCode: string } | null;
  history: MembershipEvent[];
  periods: MembershipPeriod[];
}

export type TransferBox = 'in' | 'out';

export interface TransferItem {
  eventId: string;
  memberId: string;
  fullName: string;
  birthDate: string;
  status: string | null;
  issuedOn: string;
  decisionNumber: string | null;
  from: { code: string; name: string };
  to: { code: string; name: string };
  overdue: boolean;
}
