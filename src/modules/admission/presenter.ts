import { todayInVietnam } from '../../platform/context.ts';
import { type CodeListName, labelOf } from '../../vn/codes/index.ts';
import {
  type AdmissionSettings,
  applicableSteps,
  boardWarnings,
  type CandidateFacts,
  ceremonyDeadline,
  certificateExpiry,
  currentStep,
  DOSSIER_ITEM_LABELS,
  daysBetween,
  type Finding,
  STEP_LABELS,
  type Step,
} from './rules.ts';

export interface StepRow {
  step: Step;
  date: string;
  data: Record<string, unknown>;
  warnings: Finding[];
  recordedBy: string | null;
  recordedAt: string;
}

export interface CandidateRow {
  id: string;
  orgId: string;
  orgCode: string;
  orgName: string | null;
  orgKind: string;
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
  youthUnion: boolean;
  rural: boolean;
  highlandArea: boolean;
  status: 'ACTIVE' | 'ADMITTED' | 'WITHDRAWN';
  memberId: string | null;
  withdrawnDate: string | null;
  withdrawnReason: string | null;
  ceremonyDate: string | null;
  version: number;
  createdAt: string | Date;
  updatedAt: string | Date;
  steps: StepRow[] | null;
}

export const CANDIDATE_STATUS_LABELS = {
  ACTIVE: 'Đang xét',
  ADMITTED: 'Đã kết nạp',
  WITHDRAWN: 'Đã rút hồ sơ',
} as const;

const label = (list: CodeListName, code: string | null) => (code ? (labelOf(list, code) ?? code) : null);
const iso = (ts: string | Date) => new Date(ts).toISOString();

function stepMap(row: CandidateRow) {
  const map: CandidateFacts['steps'] = {};
  for (const s of row.steps ?? []) map[s.step] = { date: s.date, data: s.data };
  return map;
}

/** Where the candidate stands: the current step, how long they have waited there, what to watch. */
function standing(row: CandidateRow, settings: AdmissionSettings, today: string) {
  const applicable = applicableSteps(row.orgKind);
  const recorded = new Set((row.steps ?? []).map((s) => s.step));
  const step = row.status === 'ACTIVE' ? currentStep(applicable, recorded) : null;
  const dates = (row.steps ?? []).map((s) => s.date).sort();
  const since = dates.at(-1) ?? todayInVietnam(new Date(row.createdAt));
  const steps = stepMap(row);
  return {
    applicable,
    currentStep: step,
    currentStepLabel: step ? STEP_LABELS[step] : null,
    daysInStep: step ? Math.max(0, daysBetween(since, today)) : null,
    warnings: boardWarnings({ ...row, steps }, today, settings),
    ceremonyDeadline: steps.DECISION ? ceremonyDeadline(steps.DECISION.date, settings) : null,
    certificateExpiry: steps.AWARENESS_CLASS ? certificateExpiry(steps.AWARENESS_CLASS.date, settings) : null,
  };
}

export function presentCandidateSummary(row: CandidateRow, settings: AdmissionSettings, today: string) {
  const s = standing(row, settings, today);
  return {
    id: row.id,
    fullName: row.fullName,
    gender: row.gender,
    birthDate: row.birthDate,
    orgCode: row.orgCode,
    orgName: row.orgName,
    youthUnion: row.youthUnion,
    rural: row.rural,
    status: row.status,
    statusLabel: CANDIDATE_STATUS_LABELS[row.status],
    memberId: row.memberId,
    ceremonyDate: row.ceremonyDate,
    currentStep: s.currentStep,
    currentStepLabel: s.currentStepLabel,
    daysInStep: s.daysInStep,
    warnings: s.warnings,
    version: row.version,
  };
}

/** Confidential dossier fields (DOMAIN.md): citizen ID, religion and the background-check notes. */
export function presentCandidate(
  row: CandidateRow,
  opts: { confidential: boolean; canEdit: boolean; settings: AdmissionSettings; today: string },
) {
  const s = standing(row, opts.settings, opts.today);
  const byStep = new Map((row.steps ?? []).map((x) => [x.step, x]));
  const { orgId: _orgId, orgKind, steps: _steps, citizenId, religion, religiousAdherence, ...rest } = row;
  return {
    ...rest,
    ...(opts.confidential && { citizenId, religion, religiousAdherence }),
    cellKind: orgKind,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    statusLabel: CANDIDATE_STATUS_LABELS[row.status],
    labels: {
      gender: label('gender', row.gender),
      ethnicity: label('ethnicity', row.ethnicity),
      education: label('education', row.education),
      professional: label('professional', row.professional),
      politicalTheory: label('politicalTheory', row.politicalTheory),
      occupation: label('occupation', row.occupation),
      ...(opts.confidential && {
        religion: label('religion', row.religion),
        religiousAdherence: label('religiousAdherence', row.religiousAdherence),
      }),
    },
    currentStep: s.currentStep,
    currentStepLabel: s.currentStepLabel,
    daysInStep: s.daysInStep,
    warnings: s.warnings,
    ceremonyDeadline: s.ceremonyDeadline,
    certificateExpiry: s.certificateExpiry,
    steps: s.applicable.map((step) => {
      const r = byStep.get(step);
      const data = r ? { ...r.data } : null;
      if (data && step === 'BACKGROUND_CHECK' && !opts.confidential) delete data.note;
      return {
        step,
        label: STEP_LABELS[step],
        done: !!r,
        date: r?.date ?? null,
        data,
        warnings: (r?.warnings ?? []).map((w) => w.message),
        recordedBy: r?.recordedBy ?? null,
        recordedAt: r ? iso(r.recordedAt) : null,
      };
    }),
    dossierItems: Object.entries(DOSSIER_ITEM_LABELS).map(([code, text]) => ({ code, label: text })),
    canEdit: opts.canEdit && row.status === 'ACTIVE',
  };
}
