import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/client.ts';

export const STEPS = [
  'AWARENESS_CLASS',
  'SPONSORS',
  'BACKGROUND_CHECK',
  'COMMENTS',
  'DOSSIER',
  'CELL_RESOLUTION',
  'COMMITTEE_RESOLUTION',
  'DECISION',
  'CEREMONY',
] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Record<Step, string> = {
  AWARENESS_CLASS: 'Học lớp nhận thức về Đảng',
  SPONSORS: 'Người giới thiệu',
  BACKGROUND_CHECK: 'Thẩm tra lý lịch',
  COMMENTS: 'Nhận xét nơi cư trú và đoàn thể',
  DOSSIER: 'Hoàn thiện hồ sơ',
  CELL_RESOLUTION: 'Nghị quyết chi bộ',
  COMMITTEE_RESOLUTION: 'Nghị quyết đảng ủy cơ sở',
  DECISION: 'Quyết định kết nạp',
  CEREMONY: 'Lễ kết nạp',
};

export interface CandidateSummary {
  id: string;
  fullName: string;
  gender: string;
  birthDate: string;
  orgCode: string;
  orgName: string | null;
  youthUnion: boolean;
  rural: boolean;
  status: 'ACTIVE' | 'ADMITTED' | 'WITHDRAWN';
  statusLabel: string;
  memberId: string | null;
  ceremonyDate: string | null;
  currentStep: Step | null;
  currentStepLabel: string | null;
  daysInStep: number | null;
  warnings: string[];
  version: number;
}

export interface CandidateStep {
  step: Step;
  label: string;
  done: boolean;
  date: string | null;
  data: Record<string, unknown> | null;
  warnings: string[];
  recordedBy: string | null;
  recordedAt: string | null;
}

export interface Candidate extends Omit<CandidateSummary, 'warnings'> {
  warnings: string[];
  cellKind: string;
  education: string | null;
  citizenId?: string | null;
  residence: string | null;
  labels: Partial<Record<string, string | null>>;
  withdrawnDate: string | null;
  withdrawnReason: string | null;
  ceremonyDeadline: string | null;
  certificateExpiry: string | null;
  steps: CandidateStep[];
  dossierItems: { code: string; label: string }[];
  canEdit: boolean;
}

export interface PlanTargets {
  targetTotal: number;
  targetYouthUnion: number | null;
  targetWomen: number | null;
  targetEthnicMinority: number | null;
  targetRural: number | null;
  note: string | null;
}

export interface PlanView {
  org: { code: string; name: string };
  year: number;
  plan: (PlanTargets & { version: number }) | null;
  progress: { total: number; youthUnion: number; women: number; ethnicMinority: number; rural: number };
  inPipeline: number;
  canEdit: boolean;
}

const BASE = '/api/v1/admission';

export function useCandidates(org: string | null) {
  return useQuery({
    queryKey: ['admission', 'candidates', org],
    queryFn: ({ signal }) =>
      api.get<{ items: CandidateSummary[]; total: number }>(
        `${BASE}/candidates`,
        { org, status: 'ACTIVE', pageSize: 500 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCandidate(id: string | null) {
  return useQuery({
    queryKey: ['admission', 'candidate', id],
    queryFn: ({ signal }) => api.get<Candidate>(`${BASE}/candidates/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function usePlan(org: string | null, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['admission', 'plan', org, year],
    queryFn: ({ signal }) => api.get<PlanView>(`${BASE}/plans`, { org, year }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Every write refreshes the board, the plan's progress and the candidate. */
function useRefresh() {
  const qc = useQueryClient();
  return (candidate?: Candidate) => {
    if (candidate) qc.setQueryData(['admission', 'candidate', candidate.id], candidate);
    return qc.invalidateQueries({ queryKey: ['admission'] });
  };
}

export function useCreateCandidate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<Candidate>(`${BASE}/candidates`, body),
    onSuccess: (c) => refresh(c),
  });
}

export function useRecordStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ step, body }: { step: Step; body: Record<string, unknown> }) =>
      request<Candidate>('PUT', `${BASE}/candidates/${id}/steps/${step}`, body),
    onSuccess: (c) => refresh(c),
  });
}

export function useWithdraw(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { version: number; date: string; reason: string }) =>
      api.post<Candidate>(`${BASE}/candidates/${id}/withdraw`, body),
    onSuccess: (c) => refresh(c),
  });
}

export function useSavePlan(org: string, year: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      request<PlanView>('PUT', `${BASE}/plans/${encodeURIComponent(org)}/${year}`, body),
    onSuccess: () => refresh(),
  });
}
