/**
 * Membership history as pure data: events in, periods out. No I/O, no clock.
 * The lifecycle issue adds transfers, exemptions and departures to these same functions.
 */

export type MembershipEventType = 'ADMISSION' | 'RECOGNITION' | 'INTERNAL_MOVE' | 'ORG_MERGE' | 'CORRECTION';
export type MemberStatus = 'PROBATIONARY' | 'OFFICIAL';

export const MEMBERSHIP_EVENT_LABELS: Record<MembershipEventType, string> = {
  ADMISSION: 'Kết nạp',
  RECOGNITION: 'Công nhận đảng viên chính thức',
  INTERNAL_MOVE: 'Chuyển sinh hoạt nội bộ',
  ORG_MERGE: 'Chuyển do sáp nhập tổ chức',
  CORRECTION: 'Đính chính',
};

export interface MembershipEventFacts {
  id: string;
  seq: number;
  type: MembershipEventType;
  effectiveDate: string;
  orgId: string | null;
  correctsEventId: string | null;
  details: Record<string, unknown>;
}

export interface PeriodFacts {
  orgId: string;
  status: MemberStatus;
  validFrom: string;
  validTo: string | null;
}

/**
 * Applies CORRECTION events: a correction either voids the event it names (details.void) or replaces
 * its date, org and details. The result is the history as it should have been, in date order.
 */
export function effectiveEvents(events: readonly MembershipEventFacts[]): MembershipEventFacts[] {
  const byId = new Map<string, MembershipEventFacts>();
  const corrections: MembershipEventFacts[] = [];
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (e.type === 'CORRECTION') corrections.push(e);
    else byId.set(e.id, { ...e });
  }
  for (const c of corrections) {
    const target = c.correctsEventId ? byId.get(c.correctsEventId) : undefined;
    if (!target) continue;
    if (c.details.void === true) {
      byId.delete(target.id);
      continue;
    }
    const replacement = (c.details.replacement ?? {}) as Partial<MembershipEventFacts>;
    byId.set(target.id, {
      ...target,
      effectiveDate: replacement.effectiveDate ?? target.effectiveDate,
      orgId: replacement.orgId ?? target.orgId,
      details: { ...target.details, ...(replacement.details ?? {}) },
    });
  }
  return [...byId.values()].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.seq - b.seq);
}

export interface DerivedHistory {
  periods: PeriodFacts[];
  /** Vietnamese reasons for events that do not follow from the state on their date. */
  problems: string[];
}

/** Folds effective events into periods of (org, status). */
export function derivePeriods(events: readonly MembershipEventFacts[]): DerivedHistory {
  const periods: PeriodFacts[] = [];
  const problems: string[] = [];
  const open = () => {
    const last = periods.at(-1);
    return last && last.validTo === null ? last : undefined;
  };
  const change = (date: string, next: Partial<PeriodFacts>) => {
    const current = open()!;
    const replacement = { ...current, ...next, validFrom: date, validTo: null };
    if (current.validFrom === date) periods[periods.length - 1] = replacement;
    else {
      current.validTo = date;
      periods.push(replacement);
    }
  };
  for (const e of effectiveEvents(events)) {
    const current = open();
    switch (e.type) {
      case 'ADMISSION':
        if (current) problems.push(`Ngày ${e.effectiveDate}: đã là đảng viên, không thể kết nạp lại.`);
        else if (!e.orgId) problems.push(`Ngày ${e.effectiveDate}: kết nạp cần chi bộ sinh hoạt.`);
        else
          periods.push({ orgId: e.orgId, status: 'PROBATIONARY', validFrom: e.effectiveDate, validTo: null });
        break;
      case 'RECOGNITION':
        if (!current)
          problems.push(`Ngày ${e.effectiveDate}: chưa được kết nạp, không thể công nhận chính thức.`);
        else if (current.status !== 'PROBATIONARY')
          problems.push(`Ngày ${e.effectiveDate}: đã là đảng viên chính thức.`);
        else change(e.effectiveDate, { status: 'OFFICIAL' });
        break;
      case 'INTERNAL_MOVE':
      case 'ORG_MERGE':
        if (!current)
          problems.push(`Ngày ${e.effectiveDate}: chưa là đảng viên, không thể chuyển sinh hoạt.`);
        else if (!e.orgId) problems.push(`Ngày ${e.effectiveDate}: thiếu chi bộ chuyển đến.`);
        else if (e.orgId !== current.orgId) change(e.effectiveDate, { orgId: e.orgId });
        break;
      case 'CORRECTION':
        break;
    }
  }
  return { periods, problems };
}

/** The period covering a date. */
export function periodOn(periods: readonly PeriodFacts[], date: string): PeriodFacts | undefined {
  return periods.find((p) => p.validFrom <= date && (p.validTo === null || p.validTo > date));
}
