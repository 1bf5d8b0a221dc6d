import { type CodeListName, labelOf } from '../../vn/codes/index.ts';
import type { HistoryEntry } from '../lifecycle/history.ts';
import { MEMBERSHIP_EVENT_LABELS, type MembershipEventType } from '../lifecycle/rules.ts';

export interface MemberRow {
  id: string;
  fullName: string;
  birthName: string | null;
  gender: string;
  birthDate: string;
  ethnicity: string;
  religion: string | null;
  religiousAdherence: string | null;
  hometown: string | null;
  residence: string | null;
  citizenId: string | null;
  phone: string | null;
  education: string | null;
  professional: string | null;
  politicalTheory: string | null;
  foreignLanguage: string | null;
  occupation: string | null;
  jobTitle: string | null;
  workplace: string | null;
  cardNumber: string | null;
  dossierNumber: string | null;
  badgeNumber: string | null;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  orgId: string | null;
  orgCode: string | null;
  orgName: string | null;
  status: string | null;
  version: number;
  updatedAt: string;
}

const label = (list: CodeListName, code: string | null) => (code ? (labelOf(list, code) ?? code) : null);

/** Confidential dossier fields (DOMAIN.md: "bảo quản theo chế độ mật"), shown only to those who manage the member. */
const CONFIDENTIAL = ['citizenId', 'religion', 'religiousAdherence'] as const;

export function presentMember(
  row: MemberRow,
  opts: { confidential: boolean; history: HistoryEntry[]; canEdit: boolean },
) {
  const { orgId: _orgId, updatedAt, ...rest } = row;
  const out: Record<string, unknown> = {
    ...rest,
    updatedAt: new Date(updatedAt).toISOString(),
    labels: {
      gender: label('gender', row.gender),
      ethnicity: label('ethnicity', row.ethnicity),
      education: label('education', row.education),
      professional: label('professional', row.professional),
      politicalTheory: label('politicalTheory', row.politicalTheory),
      occupation: label('occupation', row.occupation),
      status: label('memberStatus', row.status),
      ...(opts.confidential && {
        religion: label('religion', row.religion),
        religiousAdherence: label('religiousAdherence', row.religiousAdherence),
      }),
    },
    confidentialVisible: opts.confidential,
    canEdit: opts.canEdit,
    history: opts.history.map((h) => ({
      ...h,
      recordedAt: new Date(h.recordedAt).toISOString(),
      typeLabel: MEMBERSHIP_EVENT_LABELS[h.type as MembershipEventType] ?? h.type,
    })),
  };
  if (!opts.confidential) for (const key of CONFIDENTIAL) delete out[key];
  return out;
}

export interface MemberSummaryRow {
  id: string;
  fullName: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  cardNumber: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  status: string;
  orgCode: string;
  orgName: string | null;
}

export function presentMemberSummary(r: MemberSummaryRow) {
  return {
    ...r,
    genderLabel: label('gender', r.gender),
    ethnicityLabel: label('ethnicity', r.ethnicity),
    statusLabel: label('memberStatus', r.status),
  };
}
