import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface TodoItem {
  kind: string;
  kindLabel: string;
  /** For org subjects (meetings), id is the org's code. */
  subject: { type: 'member' | 'candidate' | 'org' | 'meeting'; id: string; name: string };
  orgCode: string;
  orgName: string;
  dueOn: string;
  overdue: boolean;
  message: string;
}

export const useTodo = (org: string | null) =>
  useQuery({
    queryKey: ['todo', org],
    queryFn: ({ signal }) => api.get<{ asOf: string; items: TodoItem[] }>('/api/v1/todo', { org }, signal),
  });

export const useNotifications = () =>
  useQuery({
    queryKey: ['notifications'],
    queryFn: ({ signal }) =>
      api.get<{ asOf: string; items: TodoItem[]; total: number }>('/api/v1/notifications', undefined, signal),
    // Notifications follow the data; refreshed every few minutes is enough and light on slow links.
    refetchInterval: 5 * 60_000,
    staleTime: 60_000,
  });

/** Shortfalls of a committee's own meetings are read on the meetings dashboard's committees card. */
const COMMITTEE_KINDS = ['COMMITTEE_MEETING_MISSING', 'CONGRESS_MISSING'];
/** A round's unfinished steps lead to the rounds page, where the org's sheet is one click away. */
const RATING_KINDS = ['RATING_PROPOSALS_DUE', 'RATING_DECISIONS_DUE'];

/** Where an item leads: the member's page, the cell's meetings, the candidate on the admission board. */
export const subjectPath = (i: TodoItem) =>
  i.kind === 'SELF_ASSESSMENT_DUE'
    ? '/tu-kiem-diem'
    : RATING_KINDS.includes(i.kind)
      ? '/xep-loai'
      : COMMITTEE_KINDS.includes(i.kind)
        ? `/sinh-hoat?tab=dashboard&org=${encodeURIComponent(i.subject.id)}`
        : i.subject.type === 'member'
          ? `/members/${i.subject.id}`
          : i.subject.type === 'org'
            ? `/sinh-hoat?org=${encodeURIComponent(i.subject.id)}`
            : i.subject.type === 'meeting'
              ? '/cua-toi'
              : `/ket-nap?candidate=${i.subject.id}`;
