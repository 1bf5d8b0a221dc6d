/**
 * Plans the XepLoai rows: each rating is checked against the scale in force in its period (the rule set
 * registry.ts picks with the installation's settings) and against the member or org existing then, and
 * becomes a locked, decided history row. Only bad input and facts that contradict the file refuse a row
 * (a level not in the period's scale, a score where the regulation gives none or outside its range, a
 * quarter before Quy định 366-QĐ/TW, someone who was not a member then, a rating already recorded
 * differently). What the regulations would have judged at the time (the 20% quota, the exempt, the
 * too new…) is a warning: history is recorded, not re-judged (issue 4; issue 6, part 5). Pure.
 */
import { labelOf as codeLabel } from '../../vn/codes/index.ts';
import { formatVnDate } from '../../vn/dates.ts';
import type { PeriodFacts } from '../lifecycle/rules.ts';
import { type OrgGroup, orgGroupOf } from '../ratings/orgGroup.ts';
import {
  checkCase,
  checkGroup,
  type Finding,
  labelOf,
  periodKey,
  periodLabel,
  periodRange,
  type RatingSettings,
  ratingContext,
} from '../ratings/scales/index.ts';
import { type OrgInfo, versionAt } from './orgIndex.ts';
import type { Actor, ImportPlan } from './plan.ts';
import type { RatingRecord } from './ratingRows.ts';
import type { HistoryRating } from './ratingWrite.ts';
import type { Problems } from './report.ts';

export type MemberPeriod = Pick<PeriodFacts, 'orgId' | 'status' | 'exemption' | 'validFrom' | 'validTo'>;

/** What the database holds for the sheet's subjects (ratingFacts.ts loads it). */
export interface RatingFacts {
  settings: RatingSettings;
  /** Members in the installation the sheet rates without listing them in DangVien. */
  members: Map<string, { admittedOn: string | null; periods: MemberPeriod[] }>;
  /** Ratings recorded, by ratingKey. */
  existing: Map<string, { level: string | null; score: number | null }>;
}

export type RatingWrite = HistoryRating & { findings: Finding[] };

export interface RatingPlan {
  writes: RatingWrite[];
  counts: { created: number; updated: number; unchanged: number };
}

export const ratingKey = (subject: string, subjectId: string, key: string) =>
  `${subject}|${subjectId}|${key}`;

const SHEET = 'XepLoai';
/** The validation errors of the scales that are bad input here; every other finding only warns. */
const REFUSED = new Set([
  'LEVEL_NOT_IN_SCALE',
  'PERIOD_NOT_IN_RULE_SET',
  'SCORE_OUT_OF_RANGE',
  'LEVEL_ABOVE_SCORE',
]);
/** Facts a history row cannot carry (task counts, remedied shortcomings): asking for them is noise. */
const SILENT = new Set(['LEVEL_CONDITIONS_UNKNOWN', 'SCORE_NOT_USED']);
const COLUMN_OF: Record<string, string> = {
  PERIOD_NOT_IN_RULE_SET: 'Kỳ',
  SCORE_OUT_OF_RANGE: 'Điểm',
  LEVEL_ABOVE_SCORE: 'Điểm',
  SCORE_MISSING: 'Điểm',
};

/** The member ids the sheet names: those of the batch by file key, the others by a key already stored. */
export function ratedMembers(
  records: readonly RatingRecord[],
  plan: ImportPlan,
  byKey: ReadonlyMap<string, string>,
) {
  const batch = new Map(plan.members.map((m) => [m.key, m] as const));
  const outside = new Set<string>();
  for (const r of records) {
    if (r.memberKey === null || batch.has(r.memberKey)) continue;
    const id = byKey.get(r.memberKey);
    if (id) outside.add(id);
  }
  return { batch, outside: [...outside] };
}

/** The grassroots org above (or at) an org on a date: the comparable group of the quota. */
function grassrootsOf(org: OrgInfo, date: string, orgs: ReadonlyMap<string, OrgInfo>): OrgInfo | null {
  let at: OrgInfo | undefined = org;
  for (let depth = 0; at && depth < 20; depth++) {
    const v = versionAt(at, date);
    if (!v) return null;
    if (orgGroupOf(v.kind) === 'GRASSROOTS') return at;
    at = v.parentCode ? orgs.get(v.parentCode) : undefined;
  }
  return null;
}

export function planRatings(
  records: readonly RatingRecord[],
  memberKeys: ReadonlySet<string>,
  plan: ImportPlan,
  snap: { orgs: Map<string, OrgInfo>; byKey: ReadonlyMap<string, string> },
  facts: RatingFacts,
  actor: Actor,
  problems: Problems,
): RatingPlan {
  const { batch } = ratedMembers(records, plan, snap.byKey);
  const orgById = new Map([...snap.orgs.values()].map((o) => [o.id, o] as const));
  const inScope = (path: string) => actor.scope === null || path.startsWith(actor.scope);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const writes: RatingWrite[] = [];
  const seen = new Map<string, number>();
  const groups = new Map<
    string,
    { label: string; subject: 'MEMBER' | 'ORG'; rows: RatingWrite[]; first: number }
  >();

  for (const r of records) {
    const fail = (column: string | null, value: string | null, message: string) =>
      problems.error(SHEET, r.row, column, value, message);
    const { from, to } = periodRange(r.period);
    const label = periodLabel(r.period);
    if (from > actor.today) {
      fail('Năm', String(r.period.year), `Kỳ ${label} chưa bắt đầu; chỉ nhập xếp loại đã có.`);
      continue;
    }
    const ctx = ratingContext(r.period, facts.settings);
    const rs = ctx.ruleSet;
    let target: { subjectId: string; memberId: string | null; org: OrgInfo; group: OrgGroup | null } | null =
      null;
    let caseFacts: { exempt?: boolean; probationary?: boolean; since?: string } = {};
    if (r.subject === 'MEMBER') {
      const key = r.memberKey!;
      const inBatch = batch.get(key);
      const id = inBatch?.id ?? snap.byKey.get(key);
      if (!id) {
        fail(
          'Mã đảng viên',
          key,
          memberKeys.has(key)
            ? `Đảng viên mã ${key} có lỗi ở trang DangVien hoặc BienDong; sửa các lỗi đó trước.`
            : `Không có đảng viên mã ${key} (ở trang DangVien hay trong hệ thống).`,
        );
        continue;
      }
      const known = inBatch
        ? {
            periods: inBatch.periods,
            admittedOn: inBatch.profile.admissionDecisionDate ?? inBatch.profile.ceremonyDate,
          }
        : facts.members.get(id);
      const during = (known?.periods ?? []).filter(
        (p) => p.validFrom <= to && (p.validTo === null || p.validTo > from),
      );
      if (!during.length) {
        fail(
          'Mã đảng viên',
          key,
          `Đảng viên mã ${key} không sinh hoạt đảng trong hệ thống vào ${label} (${formatVnDate(from)}–${formatVnDate(to)}): không thể có xếp loại kỳ này.`,
        );
        continue;
      }
      // The cell at the period's end, or the last one in it for a member who left before the end.
      const last = during.find((p) => p.validTo === null || p.validTo > to) ?? during.at(-1)!;
      const cell = orgById.get(last.orgId)!;
      if (r.orgCode && r.orgCode !== cell.code)
        problems.warn(
          SHEET,
          r.row,
          'Mã tổ chức',
          r.orgCode,
          `Cuối ${label} đảng viên sinh hoạt ở ${cell.code}, không phải ${r.orgCode}; xếp loại được ghi cho chi bộ ${cell.code}.`,
        );
      target = { subjectId: id, memberId: id, org: cell, group: null };
      caseFacts = {
        exempt: during.some((p) => p.exemption === 'EXEMPT'),
        probationary: last.status === 'PROBATIONARY',
        ...(known?.admittedOn ? { since: known.admittedOn } : {}),
      };
    } else {
      const org = snap.orgs.get(r.orgCode!);
      const v = org && versionAt(org, to);
      if (!org) {
        fail(
          'Mã tổ chức',
          r.orgCode,
          `Không có tổ chức đảng mã ${r.orgCode} (trong tệp hay trong hệ thống).`,
        );
        continue;
      }
      if (!v) {
        fail(
          'Mã tổ chức',
          r.orgCode,
          `Tổ chức ${r.orgCode} chưa thành lập hoặc đã giải thể vào ngày ${formatVnDate(to)} (cuối ${label}).`,
        );
        continue;
      }
      const group = orgGroupOf(v.kind);
      if (!group) {
        fail(
          'Mã tổ chức',
          r.orgCode,
          `${r.orgCode} là ${(codeLabel('orgKind', v.kind) ?? v.kind).toLowerCase()}: chỉ xếp loại tổ chức cơ sở đảng, chi bộ trực thuộc và đảng bộ bộ phận.`,
        );
        continue;
      }
      target = { subjectId: org.id, memberId: null, org, group };
      const established = org.versions[0]?.validFrom;
      caseFacts = established ? { since: established } : {};
    }
    if (!inScope(target.org.path)) {
      fail('Mã tổ chức', target.org.code, `${target.org.code} không thuộc phạm vi bạn quản lý.`);
      continue;
    }
    const pKey = periodKey(r.period);
    const key = ratingKey(r.subject, target.subjectId, pKey);
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      fail(
        r.subject === 'MEMBER' ? 'Mã đảng viên' : 'Mã tổ chức',
        r.memberKey ?? r.orgCode,
        `Trùng xếp loại ${label} với dòng ${firstRow}.`,
      );
      continue;
    }
    seen.set(key, r.row);
    if (r.score !== null && !rs.scoring) {
      fail(
        'Điểm',
        String(r.score),
        `${rs.name} (${label}) không chấm theo thang điểm; để trống cột Điểm (chỉ từ Quy định 366-QĐ/TW).`,
      );
      continue;
    }
    const found = checkCase(ctx, {
      subject: r.subject,
      id: target.subjectId,
      level: r.level,
      ...caseFacts,
      ...(r.score !== null ? { score: { total: r.score } } : {}),
    }).filter((f) => !SILENT.has(f.code));
    const refused = found.filter((f) => f.severity === 'error' && REFUSED.has(f.code));
    for (const f of refused) fail(COLUMN_OF[f.code] ?? 'Xếp loại', r.level, f.message);
    if (refused.length) continue;
    const warnings = found.map((f) => ({ ...f, severity: 'warning' as const }));
    for (const f of warnings)
      problems.warn(
        SHEET,
        r.row,
        COLUMN_OF[f.code] ?? 'Xếp loại',
        r.level,
        `${f.message}; ghi nhận như lịch sử.`,
      );
    const before = facts.existing.get(key);
    if (before) {
      if (before.level === r.level && (before.score ?? null) === r.score) counts.unchanged += 1;
      else
        fail(
          'Xếp loại',
          r.level,
          `Đã có xếp loại ${label} của ${r.subject === 'MEMBER' ? `đảng viên mã ${r.memberKey}` : `tổ chức ${r.orgCode}`} (${before.level ? labelOf(rs, r.subject, before.level) : 'chưa quyết định'}); muốn sửa, hãy mở lại xếp loại đó trong ứng dụng.`,
        );
      continue;
    }
    const w: RatingWrite = {
      subject: r.subject,
      subjectId: target.subjectId,
      memberId: target.memberId,
      orgId: target.org.id,
      orgPath: target.org.path,
      orgGroup: target.group,
      periodKind: r.period.kind,
      periodKey: pKey,
      year: r.period.year,
      quarter: r.period.kind === 'QUARTER' ? r.period.quarter : null,
      ruleSet: rs.id,
      level: r.level,
      score: r.score,
      note: r.note,
      findings: warnings,
    };
    writes.push(w);
    counts.created += 1;
    // Members are compared within their grassroots org, orgs within the org above them.
    const anchor =
      r.subject === 'MEMBER' ? grassrootsOf(target.org, to, snap.orgs) : parentOf(target.org, to);
    if (anchor) {
      const g = `${pKey}|${r.subject}|${anchor.code}`;
      const entry = groups.get(g) ?? { label: anchor.code, subject: r.subject, rows: [], first: r.row };
      entry.rows.push(w);
      groups.set(g, entry);
    }
  }
  for (const g of groups.values()) {
    const sample = g.rows[0]!;
    const period =
      sample.periodKind === 'YEAR'
        ? ({ kind: 'YEAR', year: sample.year } as const)
        : ({ kind: 'QUARTER', year: sample.year, quarter: sample.quarter as 1 | 2 | 3 | 4 } as const);
    const found = checkGroup(ratingContext(period, facts.settings), {
      subject: g.subject,
      label: g.label,
      levels: g.rows.map((w) => w.level),
    });
    for (const f of found)
      problems.warn(SHEET, g.first, 'Xếp loại', null, `${f.message}; ghi nhận như lịch sử.`);
  }
  return { writes, counts };

  function parentOf(org: OrgInfo, date: string): OrgInfo | null {
    const code = versionAt(org, date)?.parentCode;
    return code ? (snap.orgs.get(code) ?? null) : null;
  }
}
