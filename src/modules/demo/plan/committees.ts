/**
 * A year of committee meetings and grassroots conferences for the demo, pure and seeded, by the rules
 * the committees' card checks (meetings/committees.ts): every đảng ủy and every cell with a chi ủy
 * (nine official members or more: Điều lệ Điều 24.4) meets once a month early in the month (Điều lệ
 * Điều 24.2), and every grassroots committee holds its conference twice a year (DOMAIN.md), in January
 * (the year's review) and July (the half-year's). A few lax committees skip months and a few
 * grassroots committees miss a conference, so the card shows some short, most not. Only meetings
 * already held are written: a planned committee meeting would reach every member's list.
 */
import { addMonths } from '../../../vn/dates.ts';
import {
  type AttendanceStatus,
  COMMITTEE_KINDS,
  CONGRESS_KINDS,
  DEFAULT_SETTINGS,
  hasCommittee,
  listingAt,
  monthOf,
  monthsBetween,
  quorum,
  summarizeAttendance,
} from '../../meetings/rules.ts';
import { type MeetingsPlanOptions, type PeriodFacts, type PlannedMeeting, unrecorded } from './meetings.ts';
import { createRng, deriveSeed, type Rng } from './random.ts';

export interface CommitteeOrgFacts {
  id: string;
  path: string;
  name: string;
  kind: string;
  /** The org's first day. */
  since: string;
}

/** Committees that skip about a third of their months. */
const LAX_SHARE = 0.05;
const LAX_SKIP = 0.35;
/** Grassroots committees that miss one of the year's two conferences. */
const CONGRESS_MISS = 0.08;
/** A chi ủy of three: secretary, deputy, member (the usual size below the congress's choice). */
const CHI_UY_SIZE = 3;

const pad = (n: number) => String(n).padStart(2, '0');

/** The official members counted at the cell on a day, as the card counts them. */
const officialAt = (cellId: string, periods: readonly PeriodFacts[], day: string) =>
  periods.filter(
    (p) =>
      p.orgId === cellId &&
      p.status === 'OFFICIAL' &&
      p.validFrom <= day &&
      (p.validTo === null || p.validTo > day),
  );

export function planCommitteeMeetings(
  orgs: readonly CommitteeOrgFacts[],
  periods: readonly PeriodFacts[],
  opts: MeetingsPlanOptions,
): PlannedMeeting[] {
  const thisMonth = monthOf(opts.asOf);
  const months = monthsBetween(addMonths(`${thisMonth}-01`, -11), `${thisMonth}-01`);
  const byCell = new Map<string, PeriodFacts[]>();
  for (const p of periods) byCell.set(p.orgId, [...(byCell.get(p.orgId) ?? []), p]);
  const out: PlannedMeeting[] = [];
  for (const org of orgs) {
    const cellPeriods = byCell.get(org.id) ?? [];
    const isCommittee = (COMMITTEE_KINDS as readonly string[]).includes(org.kind);
    if (!hasCommittee(org.kind, officialAt(org.id, cellPeriods, opts.asOf).length, DEFAULT_SETTINGS))
      continue;
    // Seeded by the path (made of codes): the same demo every load, whatever ids the orgs got.
    const rng = createRng(deriveSeed(opts.seed, 'committees', org.path));
    const lax = org.id !== opts.focusCellId && rng.chance(LAX_SHARE);
    const conferences = (CONGRESS_KINDS as readonly string[]).includes(org.kind);
    const missedConference = conferences && org.id !== opts.focusCellId && rng.chance(CONGRESS_MISS);
    const skippedHalf = rng.pick(['01', '07']);
    const mine: PlannedMeeting[] = [];
    for (const month of months) {
      const monthNo = Number(month.slice(5));
      const skip = lax && rng.chance(LAX_SKIP);
      const date = `${month}-${pad(rng.int(1, 5))}`;
      if (!skip && date >= org.since && date < opts.asOf)
        mine.push(meeting(org, 'COMMITTEE', month, date, committeeTopic(isCommittee, month), opts));
      if (!conferences || (monthNo !== 1 && monthNo !== 7)) continue;
      const day = `${month}-${pad(rng.int(8, 20))}`;
      if ((missedConference && month.slice(5) === skippedHalf) || day < org.since || day >= opts.asOf)
        continue;
      mine.push(meeting(org, 'CONGRESS', month, day, conferenceTopic(month), opts));
    }
    // The chi ủy records its members; a đảng ủy's are placed in cells, so it lists no one (as the app).
    for (const m of mine) {
      if (!isCommittee) attendChiUy(m, org.id, cellPeriods, rng);
      m.counts = {
        ...summarizeAttendance(m.attendance),
        quorumMet: quorum(m.attendance, DEFAULT_SETTINGS).met,
      };
    }
    out.push(...mine);
  }
  return out;
}

const committeeTopic = (isCommittee: boolean, month: string) =>
  `${isCommittee ? 'Đảng ủy' : 'Chi ủy'} họp thường kỳ tháng ${Number(month.slice(5))}/${month.slice(0, 4)}: đánh giá thực hiện nghị quyết, chuẩn bị nội dung sinh hoạt`;

const conferenceTopic = (month: string) =>
  month.slice(5) === '01'
    ? `Hội nghị tổng kết công tác xây dựng Đảng năm ${Number(month.slice(0, 4)) - 1}`
    : `Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm ${month.slice(0, 4)}`;

function meeting(
  org: CommitteeOrgFacts,
  kind: 'COMMITTEE' | 'CONGRESS',
  month: string,
  date: string,
  topic: string,
  opts: MeetingsPlanOptions,
): PlannedMeeting {
  return {
    id: opts.newId(),
    cellId: org.id,
    path: org.path,
    kind,
    model: false,
    month,
    plannedDate: date,
    startTime: kind === 'CONGRESS' ? '07:30' : '14:00',
    place: 'Phòng họp đảng ủy',
    topic,
    agenda:
      kind === 'CONGRESS'
        ? '1. Báo cáo kết quả lãnh đạo thực hiện nghị quyết\n2. Thảo luận\n3. Phương hướng nhiệm vụ kỳ tới'
        : '1. Kiểm điểm nghị quyết tháng\n2. Nội dung sinh hoạt chi bộ, đảng bộ tháng tới\n3. Công tác tổ chức, đảng viên',
    plannedOn: date,
    status: monthOf(date) < monthOf(opts.asOf) ? 'CLOSED' : 'HELD',
    heldOn: date,
    minutes: {
      content: `${topic}.`,
      opinions: null,
      conclusions:
        kind === 'CONGRESS'
          ? 'Hội nghị thống nhất báo cáo và phương hướng nhiệm vụ.'
          : 'Thống nhất nội dung lãnh đạo tháng tới.',
      votes: [],
    },
    ...unrecorded(),
  };
}

/** The chi ủy: the cell's first three official members at home that day, nearly always present. */
function attendChiUy(m: PlannedMeeting, cellId: string, periods: readonly PeriodFacts[], rng: Rng) {
  const members = officialAt(cellId, periods, m.plannedDate)
    .filter((p) => {
      const l = listingAt(cellId, p);
      return l.listed && l.expected;
    })
    .sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
    .slice(0, CHI_UY_SIZE);
  m.attendance = members.map((p) => {
    const status: AttendanceStatus = rng.chance(0.08) ? 'ABSENT_EXCUSED' : 'PRESENT';
    return {
      memberId: p.memberId,
      expected: true,
      official: true,
      status,
      reason: status === 'PRESENT' ? null : 'Đi công tác',
    };
  });
}
