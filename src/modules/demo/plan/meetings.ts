/**
 * A year of cell meetings for the demo, pure and seeded: plans (most on time, some late, a few cells
 * that skip months), attendance from the membership periods in force on each meeting's day (the same
 * listing rule as the app), minutes, tasks and their review, self-assessments and the level above's
 * confirmations, and next month's plans. The loader (demo/meetings.ts) turns these into rows.
 */
import { addDays, addMonths } from '../../../vn/dates.ts';
import {
  type AttendanceStatus,
  assess,
  DEFAULT_SETTINGS,
  listingAt,
  monthOf,
  monthsBetween,
  nextMonth,
  planDeadline,
  quorum,
  summarizeAttendance,
} from '../../meetings/rules.ts';
import { createRng, deriveSeed, type Rng } from './random.ts';

export interface CellFacts {
  id: string;
  path: string;
  name: string;
}

export interface PeriodFacts {
  memberId: string;
  orgId: string;
  hostOrgId: string | null;
  exemption: 'EXEMPT' | 'TEMPORARY' | null;
  status: 'PROBATIONARY' | 'OFFICIAL';
  validFrom: string;
  validTo: string | null;
}

export interface PlannedMeeting {
  id: string;
  cellId: string;
  path: string;
  kind: 'REGULAR' | 'THEMATIC' | 'COMMITTEE' | 'CONGRESS';
  model: boolean;
  month: string;
  plannedDate: string;
  startTime: string;
  place: string;
  topic: string;
  agenda: string;
  plannedOn: string;
  status: 'PLANNED' | 'HELD' | 'CLOSED';
  heldOn: string | null;
  minutes: unknown;
  counts: {
    expected: number;
    present: number;
    excused: number;
    unexcused: number;
    quorumMet: boolean;
  } | null;
  selfAssessment: unknown;
  confirmedAssessment: unknown;
  qualityLevel: string | null;
  attendance: {
    memberId: string;
    expected: boolean;
    official: boolean;
    status: AttendanceStatus | null;
    reason: string | null;
  }[];
  tasks: {
    id: string;
    memberId: string;
    title: string;
    dueOn: string;
    status: string;
    reviewNote: string | null;
    reviewedIn: string | null;
  }[];
}

const TOPICS_REGULAR = [
  'Đánh giá kết quả thực hiện nhiệm vụ tháng, triển khai nhiệm vụ tháng tới',
  'Lãnh đạo sản xuất vụ mùa, phòng chống thiên tai',
  'Vận động nhân dân tham gia xây dựng nông thôn mới',
  'Công tác bảo đảm an ninh trật tự thôn bản',
  'Thu nộp đảng phí, kiểm điểm việc thực hiện nhiệm vụ đảng viên',
];
const TOPICS_THEMATIC = [
  'Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Chuyên đề: Nâng cao chất lượng công tác phát triển đảng viên',
  'Chuyên đề: Giữ gìn bản sắc văn hóa dân tộc gắn với phát triển du lịch',
  'Chuyên đề: Phòng chống tệ nạn xã hội trong thanh niên',
];
const TASKS = [
  'Vận động các hộ tham gia làm đường bê tông nội bản',
  'Rà soát danh sách hộ nghèo, cận nghèo',
  'Tuyên truyền phòng chống dịch bệnh gia súc',
  'Nắm tình hình thanh niên đi làm ăn xa',
  'Đôn đốc thu đảng phí quý',
  'Giúp đỡ quần chúng ưu tú học lớp nhận thức về Đảng',
  'Hướng dẫn bà con kỹ thuật trồng chè',
];
const EXCUSES = ['Ốm', 'Đi công tác', 'Đi viện chăm người nhà', 'Đi làm ăn xa', 'Việc gia đình'];

const pad = (n: number) => String(n).padStart(2, '0');

/** What a meeting has before anyone records attendance or assesses it (fresh lists each time). */
export const unrecorded = () => ({
  counts: null,
  selfAssessment: null,
  confirmedAssessment: null,
  qualityLevel: null,
  attendance: [],
  tasks: [],
});

export interface MeetingsPlanOptions {
  seed: number;
  asOf: string;
  /** Id generator (random UUIDs in the loader; deterministic in tests). */
  newId: () => string;
  /** The demo accounts' cell: never skips a month, so every screen has something to show. */
  focusCellId?: string | null;
}

/**
 * Meetings of every cell for the twelve months up to the month of asOf, plus next month's plans.
 * Periods are those of the cells' members (home or host) overlapping the year.
 */
export function planMeetings(
  cells: readonly CellFacts[],
  periods: readonly PeriodFacts[],
  opts: MeetingsPlanOptions,
): PlannedMeeting[] {
  const thisMonth = monthOf(opts.asOf);
  const first = monthOf(addMonths(`${thisMonth}-01`, -11));
  const months = monthsBetween(`${first}-01`, `${thisMonth}-01`);
  const upcoming = nextMonth(thisMonth);
  const byCell = new Map<string, PeriodFacts[]>();
  for (const p of periods) {
    for (const id of p.hostOrgId ? [p.orgId, p.hostOrgId] : [p.orgId]) {
      const list = byCell.get(id);
      if (list) list.push(p);
      else byCell.set(id, [p]);
    }
  }
  // A few members skip meetings without a reason: some reach the three-a-year limit.
  const truants = new Set<string>();
  const pickRng = createRng(deriveSeed(opts.seed, 'meetings', 'truants'));
  for (const p of periods) if (pickRng.chance(0.004)) truants.add(p.memberId);

  const out: PlannedMeeting[] = [];
  for (const cell of cells) {
    // Seeded by the path (made of codes), not the id (new on every load): the same year each load.
    const rng = createRng(deriveSeed(opts.seed, 'meetings', cell.path));
    const focus = cell.id === opts.focusCellId;
    const weak = !focus && rng.chance(0.06);
    const quality = Math.min(0.98, Math.max(0.45, 0.82 + 0.08 * rng.normal() - (weak ? 0.15 : 0)));
    const cellPeriods = byCell.get(cell.id) ?? [];
    let openTasks: PlannedMeeting['tasks'] = [];
    for (const month of [...months, upcoming]) {
      const isUpcoming = month === upcoming;
      // Weak cells skip a month in four; others rarely. Next month: a sixth of cells have no plan yet.
      const skip = isUpcoming ? rng.chance(0.16) : rng.chance(weak ? 0.25 : 0.015);
      if (skip && !focus) continue;
      const kinds: ('REGULAR' | 'THEMATIC')[] = ['REGULAR'];
      const monthNo = Number(month.slice(5));
      if (monthNo % 3 === 2 && rng.chance(weak ? 0.5 : 0.9)) kinds.push('THEMATIC');
      for (const kind of kinds) {
        const day = kind === 'REGULAR' ? rng.int(3, 12) : rng.int(14, 26);
        const plannedDate = `${month}-${pad(day)}`;
        const deadline = planDeadline(month, DEFAULT_SETTINGS);
        const late = rng.chance(weak ? 0.4 : 0.1);
        const plannedOn = late ? addDays(deadline, rng.int(1, 12)) : addDays(deadline, -rng.int(0, 15));
        const held = plannedDate < opts.asOf && !isUpcoming;
        const m: PlannedMeeting = {
          id: opts.newId(),
          cellId: cell.id,
          path: cell.path,
          kind,
          model: kind === 'REGULAR' && rng.chance(0.03),
          month,
          plannedDate,
          startTime: rng.pick(['07:30', '14:00', '19:30', '20:00']),
          place: rng.pick(['Nhà văn hóa thôn', 'Hội trường đảng ủy', 'Phòng họp cơ quan', 'Nhà văn hóa bản']),
          topic:
            kind === 'REGULAR'
              ? `${rng.pick(TOPICS_REGULAR)} (tháng ${monthNo}/${month.slice(0, 4)})`
              : rng.pick(TOPICS_THEMATIC),
          agenda:
            '1. Thông tin thời sự, văn bản cấp trên\n2. Đánh giá kết quả tháng, kiểm điểm nhiệm vụ đảng viên\n3. Thảo luận, quyết định nhiệm vụ tháng tới',
          plannedOn: plannedOn > opts.asOf ? opts.asOf : plannedOn,
          status: 'PLANNED',
          heldOn: null,
          minutes: null,
          ...unrecorded(),
        };
        if (held) holdDemoMeeting(m, cell, cellPeriods, truants, quality, openTasks, rng, opts);
        // Tasks stay on the list until a closed meeting reviews them.
        if (held) openTasks = [...openTasks.filter((t) => t.status === 'OPEN'), ...m.tasks];
        out.push(m);
      }
    }
  }
  return out;
}

function holdDemoMeeting(
  m: PlannedMeeting,
  cell: CellFacts,
  cellPeriods: readonly PeriodFacts[],
  truants: ReadonlySet<string>,
  quality: number,
  previousTasks: PlannedMeeting['tasks'],
  rng: Rng,
  opts: MeetingsPlanOptions,
) {
  const date = m.plannedDate;
  m.heldOn = date;
  m.status = monthOf(date) < monthOf(opts.asOf) ? 'CLOSED' : 'HELD';
  for (const p of cellPeriods) {
    if (p.validFrom > date || (p.validTo !== null && p.validTo <= date)) continue;
    const l = listingAt(cell.id, p);
    if (!l.listed) continue;
    let status: AttendanceStatus | null = null;
    let reason: string | null = null;
    if (l.expected) {
      const r = rng.next();
      const skip = truants.has(p.memberId) ? 0.45 : 0.025;
      const excused = 1 - quality > 0.2 ? 0.12 : 0.07;
      if (r < skip) status = 'ABSENT_UNEXCUSED';
      else if (r < skip + excused) {
        status = 'ABSENT_EXCUSED';
        reason = rng.pick(EXCUSES);
      } else status = 'PRESENT';
    }
    m.attendance.push({ memberId: p.memberId, expected: l.expected, official: l.official, status, reason });
  }
  const summary = summarizeAttendance(m.attendance);
  const q = quorum(m.attendance, DEFAULT_SETTINGS);
  m.counts = { ...summary, quorumMet: q.met };
  const present = m.attendance.filter((a) => a.status === 'PRESENT');
  m.minutes = {
    content: `Chi bộ thông tin thời sự, quán triệt văn bản cấp trên; đánh giá kết quả tháng; thảo luận: ${m.topic.toLowerCase()}.`,
    opinions: present.length
      ? `${present.length} đồng chí dự; ${Math.min(present.length, rng.int(2, 6))} ý kiến phát biểu.`
      : null,
    conclusions: 'Chi bộ thống nhất nghị quyết tháng, phân công nhiệm vụ cho đảng viên.',
    votes: [{ subject: 'Nghị quyết tháng', agree: present.length, disagree: 0, abstain: 0 }],
  };
  // Review last meeting's open tasks; give one or two new ones to members who came.
  for (const t of previousTasks)
    if (t.status === 'OPEN' && m.status === 'CLOSED') {
      t.status = rng.chance(0.85) ? 'DONE' : 'NOT_DONE';
      t.reviewNote = t.status === 'DONE' ? 'Hoàn thành đúng hạn.' : 'Chưa hoàn thành, chuyển tháng sau.';
      t.reviewedIn = m.id;
    }
  const n = present.length ? rng.int(1, 2) : 0;
  const base = rng.int(0, TASKS.length - 1);
  for (let i = 0; i < n; i++)
    m.tasks.push({
      id: opts.newId(),
      memberId: rng.pick(present).memberId,
      title: TASKS[(base + i) % TASKS.length]!,
      dueOn: addDays(date, rng.int(14, 35)),
      status: 'OPEN',
      reviewNote: null,
      reviewedIn: null,
    });
  const scores = Object.fromEntries(
    DEFAULT_SETTINGS.rubric.map((c) => [
      c.code,
      Math.max(0, Math.min(c.maxPoints, Math.round(c.maxPoints * (quality + 0.08 * rng.normal())))),
    ]),
  );
  const self = assess(scores, summary.rate, DEFAULT_SETTINGS).assessment!;
  const at = `${date}T14:00:00.000Z`;
  m.selfAssessment = { ...self, comment: null, by: 'demo', at };
  m.qualityLevel = self.level;
  if (m.status === 'CLOSED' && rng.chance(0.6)) {
    const down = Object.fromEntries(
      Object.entries(scores).map(([k, v]) => [k, Math.max(0, v - rng.int(0, 1))]),
    );
    const confirmed = assess(down, summary.rate, DEFAULT_SETTINGS).assessment!;
    m.confirmedAssessment = { ...confirmed, comment: 'Cấp ủy cấp trên xác nhận.', by: 'demo', at };
    m.qualityLevel = confirmed.level;
  }
}
