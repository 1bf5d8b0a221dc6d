import type { MeetingRow } from './queries.ts';
import { MEETING_KINDS, MEETING_STATUSES, QUALITY_LEVELS, type QualityLevel } from './rules.ts';

const levelLabel = (l: string | null) => (l ? (QUALITY_LEVELS[l as QualityLevel] ?? l) : null);

/** The summary of a meeting every list shows. */
export function presentMeetingSummary(m: MeetingRow) {
  return {
    id: m.id,
    org: { code: m.orgCode, name: m.orgName },
    kind: m.kind,
    kindLabel: MEETING_KINDS[m.kind as keyof typeof MEETING_KINDS] ?? m.kind,
    model: m.model,
    month: m.month,
    plannedDate: m.plannedDate,
    startTime: m.startTime,
    place: m.place,
    topic: m.topic,
    status: m.status,
    statusLabel: MEETING_STATUSES[m.status as keyof typeof MEETING_STATUSES] ?? m.status,
    heldOn: m.heldOn,
    attendance:
      m.expectedCount === null
        ? null
        : {
            expected: m.expectedCount,
            present: m.presentCount ?? 0,
            excused: m.excusedCount ?? 0,
            unexcused: m.unexcusedCount ?? 0,
            rate: m.expectedCount ? Math.round((1000 * (m.presentCount ?? 0)) / m.expectedCount) / 10 : null,
          },
    quorumMet: m.quorumMet,
    qualityLevel: m.qualityLevel,
    qualityLabel: levelLabel(m.qualityLevel),
    version: m.version,
  };
}

interface StoredAssessment {
  scores: Record<string, number>;
  total: number;
  level: string;
  comment: string | null;
  by: string;
  at: string;
}

export function presentAssessment(a: unknown) {
  if (!a) return null;
  const s = a as StoredAssessment;
  return { ...s, levelLabel: levelLabel(s.level) };
}

export function presentMeeting(m: MeetingRow) {
  return {
    ...presentMeetingSummary(m),
    agenda: m.agenda,
    plannedOn: m.plannedOn,
    minutes: m.minutes ?? null,
    selfAssessment: presentAssessment(m.selfAssessment),
    confirmedAssessment: presentAssessment(m.confirmedAssessment),
    closedAt: m.closedAt,
    closedBy: m.closedBy,
    cancelReason: m.cancelReason,
  };
}
