import { useQuery } from '@tanstack/react-query';
import type { Period } from '../../../../src/modules/ratings/scales/types.ts';
import { api, request } from '../../api/client.ts';

export interface Level {
  code: string;
  label: string;
}

export type { Period };

export interface Scoring {
  max: number;
  generalMax: number;
  tasksMax: number;
}

export interface Round {
  id: string;
  org: { id: string; code: string };
  period: Period;
  periodLabel: string;
  ruleSet: { id: string; name: string; scored: boolean };
  deadline: string;
  overdue: boolean;
  status: string;
  note: string | null;
  version: number;
}

export interface Progress {
  members: number;
  selfAssessed: number;
  membersProposed: number;
  membersDecided: number;
  orgs: number;
  orgsProposed: number;
  orgsDecided: number;
}

export type RoundDetail = Round & { progress: Progress };

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface SelfReview {
  level: Level | null;
  submittedAt: string;
  selfCriticism?: string;
  strengths?: string;
  shortcomings?: string;
  commitments?: string;
  scoreGeneral?: number;
  scoreTasks?: number;
  /** Points per criterion under 366. */
  scores?: Record<string, number>;
  total?: number;
}

export interface SheetItem {
  id: string;
  subject: 'MEMBER' | 'ORG';
  memberId: string | null;
  name: string;
  org: { code: string };
  orgGroup: string | null;
  probationary: boolean;
  exempt: boolean;
  toBeRated: boolean;
  self: SelfReview | null;
  proposed: Level | null;
  proposalNote: string | null;
  level: Level | null;
  score: number | null;
  scoreGeneral: number | null;
  scoreTasks: number | null;
  taskFacts: TaskFacts | null;
  locked: boolean;
  version: number;
  decider: { code: string; name: string } | null;
  findings: Finding[];
}

export interface Sheet {
  round: Round;
  org: { code: string; name: string };
  scale: { members: Level[]; orgs: Level[]; scoring: Scoring | null };
  canPropose: boolean;
  items: SheetItem[];
  groupFindings: Finding[];
}

export interface TaskFacts {
  assigned: number;
  completed: number;
  onTime: number;
  exceeded: number;
}

export interface Verdict {
  ratingId: string;
  level: string;
  scoreGeneral?: number;
  scoreTasks?: number;
  tasks?: TaskFacts;
  note?: string;
  version: number;
}

export interface Criterion {
  code: string;
  label: string;
  maxPoints: number;
}

export interface OpenReview {
  id: string;
  year: number;
  ruleSet: { id: string; name: string };
  round: Round;
  canSubmit: boolean;
  scale: Level[];
  scoring: Scoring | null;
  /** Quy định 366: the criteria framework the member scores (the installation's settings). */
  criteria: { general: Criterion[]; tasks: Criterion[] } | null;
  self: SelfReview | null;
  proposed: Level | null;
  version: number;
}

export interface MyRatings {
  open: OpenReview[];
  history: { id: string; year: number; periodLabel: string; level: Level | null; score: number | null }[];
  commitments: { year: number; content: string; version: number }[];
}

export interface Plan {
  id: string;
  roundId: string | null;
  subject: 'MEMBER' | 'ORG';
  memberName: string | null;
  orgCode: string;
  orgName: string | null;
  year: number;
  shortcoming: string;
  actions: string;
  responsible: string | null;
  dueDate: string;
  status: 'OPEN' | 'DONE';
  doneOn: string | null;
  result: string | null;
  version: number;
  overdue: boolean;
}

export const BASE = '/api/v1/ratings';
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);

export const roundKey = (id: string) => ['ratings', 'round', id] as const;
export const sheetKey = (id: string, org: string) => ['ratings', 'sheet', id, org] as const;
export const MY_KEY = ['ratings', 'me'] as const;

export const useRounds = () =>
  useQuery({
    queryKey: ['ratings', 'rounds'],
    queryFn: ({ signal }) =>
      api.get<{ items: Round[]; total: number }>(`${BASE}/rounds`, { pageSize: 100 }, signal),
  });

export const useRound = (id: string) =>
  useQuery({
    queryKey: roundKey(id),
    queryFn: ({ signal }) => api.get<RoundDetail>(`${BASE}/rounds/${id}`, undefined, signal),
  });

export const useSheet = (id: string, org: string) =>
  useQuery({
    queryKey: sheetKey(id, org),
    queryFn: ({ signal }) => api.get<Sheet>(`${BASE}/rounds/${id}/sheet`, { org }, signal),
  });

export const useMyRatings = (enabled = true) =>
  useQuery({
    queryKey: MY_KEY,
    queryFn: ({ signal }) => api.get<MyRatings>(`${BASE}/me`, undefined, signal),
    enabled,
  });

export const usePlans = (org: string) =>
  useQuery({
    queryKey: ['ratings', 'plans', org],
    queryFn: ({ signal }) => api.get<{ items: Plan[] }>(`${BASE}/remediations`, { org }, signal),
  });
