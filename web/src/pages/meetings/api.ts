import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingSettings as Rules, WindowFigures } from '../../../../src/modules/meetings/rules.ts';
import { api, request } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';

export interface MeetingSummary {
  id: string;
  org: { code: string; name: string };
  kind: string;
  kindLabel: string;
  model: boolean;
  month: string;
  plannedDate: string;
  startTime: string | null;
  place: string | null;
  topic: string;
  status: string;
  statusLabel: string;
  heldOn: string | null;
  attendance: {
    expected: number;
    present: number;
    excused: number;
    unexcused: number;
    rate: number | null;
  } | null;
  quorumMet: boolean | null;
  qualityLevel: string | null;
  qualityLabel: string | null;
  version: number;
  planLate?: boolean;
  planDeadline?: string;
}

export interface DocumentSummary {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

export interface AttendanceEntry {
  memberId: string;
  fullName: string;
  expected: boolean;
  official: boolean;
  status: string | null;
  reason: string | null;
  reply: string | null;
  replyReason: string | null;
  note?: string | null;
}

export interface Task {
  id: string;
  meetingId: string;
  memberId: string;
  memberName: string;
  title: string;
  dueOn: string;
  status: string;
  reviewNote: string | null;
}

export interface Assessment {
  scores: Record<string, number>;
  total: number;
  level: string;
  levelLabel: string;
  comment: string | null;
  by: string;
}

export interface MeetingDetail extends MeetingSummary {
  agenda: string | null;
  plannedOn: string;
  cancelReason: string | null;
  minutes: {
    content: string;
    opinions: string | null;
    conclusions: string | null;
    votes: { subject: string; agree: number; disagree: number; abstain: number }[];
  } | null;
  documents: DocumentSummary[];
  attendanceList: AttendanceEntry[];
  summary: { expected: number; present: number; excused: number; unexcused: number; rate: number | null };
  quorum: { base: number; present: number; required: number; met: boolean };
  tasks: Task[];
  previousTasks: Task[];
  observers: {
    id: string;
    username: string;
    displayName: string;
    attended: boolean | null;
    comment: string | null;
    level: string | null;
  }[];
  selfAssessment: Assessment | null;
  confirmedAssessment: Assessment | null;
  rubric: { code: string; label: string; maxPoints: number }[];
  can: { edit: boolean; confirm: boolean; observe: boolean };
}

export const useMeetings = (org: string | null, page: number) =>
  useQuery({
    queryKey: ['meetings', org, page],
    queryFn: ({ signal }) =>
      api.get<{ items: MeetingSummary[]; total: number }>(
        '/api/v1/meetings',
        { org, page, pageSize: 20 },
        signal,
      ),
  });

export const useMeeting = (id: string) =>
  useQuery({
    queryKey: ['meeting', id],
    queryFn: ({ signal }) => api.get<MeetingDetail>(`/api/v1/meetings/${id}`, undefined, signal),
  });

/** A write on one meeting (POST, or PATCH for the plan and tasks); the answer is the meeting as it now stands. */
export function useMeetingAction<B>(id: string, path: string, method: 'POST' | 'PATCH' = 'POST') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => request<MeetingDetail>(method, `/api/v1/meetings/${id}${path}`, body),
    onSuccess: (m) => {
      qc.setQueryData(['meeting', id], m);
      qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}

function csrf(): string {
  const part = document.cookie.split(';').find((p) => p.trim().startsWith('nm_csrf='));
  return part ? decodeURIComponent(part.trim().slice('nm_csrf='.length)) : '';
}

/** multipart/form-data upload: the JSON client cannot send files. */
export async function uploadDocument(id: string, file: File): Promise<DocumentSummary> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/api/v1/meetings/${id}/documents`, {
    method: 'POST',
    body: form,
    headers: { 'x-csrf-token': csrf(), accept: 'application/json' },
    credentials: 'same-origin',
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new ApiError({ status: res.status, ...body, detail: body.detail ?? `HTTP ${res.status}` });
  return body as DocumentSummary;
}

export const documentUrl = (meetingId: string, docId: string) =>
  `/api/v1/meetings/${meetingId}/documents/${docId}`;

export interface Dashboard {
  year: number;
  asOf: string;
  months: {
    month: string;
    cells: number;
    regularHeld: number;
    cellsWithoutRegular: number | null;
    thematicHeld: number;
    meetingsHeld: number;
    attendanceRate: number | null;
    quality: Record<string, number>;
  }[];
  quarters: { quarter: string; cellsWithThematic: number; cellsWithoutThematic: number | null }[];
  grid: {
    total: number;
    page: number;
    pageSize: number;
    cells: {
      code: string;
      name: string;
      months: {
        month: string;
        meetings: {
          kind: string;
          status: string;
          model: boolean;
          qualityLevel: string | null;
          attendanceRate: number | null;
        }[];
      }[];
    }[];
  };
  latePlans: {
    total: number;
    items: {
      orgCode: string;
      orgName: string;
      month: string;
      plannedOn: string;
      deadline: string;
    }[];
  };
  missingPlans: { month: string; deadline: string; total: number; items: { code: string; name: string }[] };
  overdueTasks: {
    total: number;
    items: { id: string; title: string; dueOn: string; memberName: string; orgName: string }[];
  };
}

export const useDashboard = (org: string | null, year: number, page: number) =>
  useQuery({
    queryKey: ['meetings-dashboard', org, year, page],
    queryFn: ({ signal }) =>
      api.get<Dashboard>('/api/v1/meetings/dashboard', { org, year, page, pageSize: 30 }, signal),
  });

export const useSchedule = () =>
  useQuery({
    queryKey: ['meetings-schedule'],
    queryFn: ({ signal }) =>
      api.get<{
        month: string;
        meetings: MeetingSummary[];
        assigned: { month: string; orgCode: string; orgName: string }[];
      }>('/api/v1/me/schedule', undefined, signal),
  });

/** The rules' configurable values (src/modules/meetings/rules.ts, the one definition) and the version read. */
export type MeetingSettings = Rules & { version: number | null };

export const useMeetingSettings = () =>
  useQuery({
    queryKey: ['meeting-settings'],
    queryFn: ({ signal }) =>
      api.get<MeetingSettings & { defaults: Omit<MeetingSettings, 'version'> }>(
        '/api/v1/meetings/settings',
        undefined,
        signal,
      ),
  });

export function useSaveMeetingSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingSettings) => request<MeetingSettings>('PUT', '/api/v1/meetings/settings', body),
    onSuccess: (s) => {
      qc.setQueryData(['meeting-settings'], s);
      qc.invalidateQueries({ queryKey: ['meetings'] });
      qc.invalidateQueries({ queryKey: ['meetings-dashboard'] });
      qc.invalidateQueries({ queryKey: ['meetings-committees'] });
    },
  });
}

export type { WindowFigures };

export interface Committees {
  year: number;
  rules: { committeeMeetingEveryMonths: number; cellCommitteeMinOfficial: number; congressesPerYear: number };
  totals: { committees: number; committeesMissing: number; congressOrgs: number; congressMissing: number };
  total: number;
  items: {
    code: string;
    name: string;
    kind: string;
    committee: WindowFigures | null;
    congress: WindowFigures | null;
  }[];
}

export const useCommittees = (org: string | null, year: number, page: number) =>
  useQuery({
    queryKey: ['meetings-committees', org, year, page],
    queryFn: ({ signal }) =>
      api.get<Committees>('/api/v1/meetings/committees', { org, year, page, pageSize: 20 }, signal),
  });
