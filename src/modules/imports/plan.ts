/**
 * Checks a parsed file against what the database holds and plans the writes: which orgs to
 * establish, which members to create or update, which events are new, and every member's periods
 * derived by the lifecycle's own derivePeriods. Pure: the snapshot and the clock come in.
 */
import { childPath } from '../../platform/db/paths.ts';
import { formatVnDate } from '../../vn/dates.ts';
import {
  derivePeriods,
  effectiveEvents,
  type MembershipEventFacts,
  type MembershipEventType,
  type PeriodFacts,
} from '../lifecycle/rules.ts';
import { deriveOrgVersions, isCell, type OrgKind, parentKindProblem } from '../orgs/rules.ts';
import { buildHistory, type PlannedEvent } from './history.ts';
import { dissolvedOn, establishedOn, type OrgInfo, versionAt } from './orgIndex.ts';
import type { Problems } from './report.ts';
import type { MemberProfile, MemberRecord, OrgRecord, ParsedFile } from './validate.ts';

export interface ExistingEvent extends MembershipEventFacts {
  fromOrgId: string | null;
}

export interface ExistingMember {
  id: string;
  orgPath: string | null;
  profile: MemberProfile;
  events: ExistingEvent[];
}

export interface Snapshot {
  orgs: Map<string, OrgInfo>;
  /** Member id by file key (a stored import key, or the member's id as exports write it), card, dossier, citizen ID. */
  byKey: Map<string, string>;
  /** Import keys already stored. */
  storedKeys: Map<string, string>;
  byCard: Map<string, string>;
  byDossier: Map<string, string>;
  byCitizen: Map<string, string>;
  members: Map<string, ExistingMember>;
}

export interface Actor {
  role: string;
  /** Path prefix of the actor's scope; null for the whole installation. */
  scope: string | null;
  today: string;
}

export interface NewOrg {
  info: OrgInfo;
  record: OrgRecord;
  parentId: string | null;
}

export interface MemberWrite {
  id: string;
  key: string;
  isNew: boolean;
  profile: MemberProfile;
  /** Profile fields that differ from the database (existing members). */
  changed: (keyof MemberProfile)[];
  newEvents: PlannedEvent[];
  periods: PeriodFacts[];
  /** Whether the periods need rewriting (new events). */
  rebuild: boolean;
  addKey: boolean;
  officialDate: string | null;
}

export interface ImportPlan {
  newOrgs: NewOrg[];
  members: MemberWrite[];
  counts: Record<string, { created: number; updated: number; unchanged: number }>;
  events: { added: number; existing: number };
}

const WRITE_ORG_ROLES = ['admin', 'org_staff'];
export const IMPORT_ROLES = ['admin', 'org_staff', 'secretary'];

const inScope = (actor: Actor, path: string | null | undefined) =>
  actor.scope === null || (typeof path === 'string' && path.startsWith(actor.scope));

function planOrgs(file: ParsedFile, snap: Snapshot, actor: Actor, problems: Problems, newId: () => string) {
  const out: NewOrg[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const pending: OrgRecord[] = [];
  for (const o of file.orgs) {
    const existing = snap.orgs.get(o.code);
    if (!existing) {
      pending.push(o);
      continue;
    }
    if (!inScope(actor, existing.path)) {
      problems.error(
        'ToChuc',
        o.row,
        'Mã tổ chức',
        o.code,
        `Mã ${o.code} là của một tổ chức ngoài phạm vi bạn quản lý.`,
      );
      continue;
    }
    counts.unchanged += 1;
    const last = existing.versions.at(-1);
    const differs = [
      last?.name !== o.name && 'tên',
      last?.kind !== o.kind && 'loại tổ chức',
      last?.sector !== o.sector && 'loại hình',
      (last?.parentCode ?? null) !== o.parentCode && 'tổ chức cấp trên',
      establishedOn(existing) !== o.establishedOn && 'ngày thành lập',
      dissolvedOn(existing) !== o.dissolvedOn && 'ngày giải thể',
    ].filter(Boolean);
    if (differs.length)
      problems.warn(
        'ToChuc',
        o.row,
        null,
        o.code,
        `Tổ chức ${o.code} đã có; ${differs.join(', ')} trong tệp khác dữ liệu hiện có. Không thay đổi — hãy ghi thay đổi ở trang Tổ chức đảng (đổi tên, chuyển trực thuộc…).`,
      );
  }
  // Parents before children: establish in rounds until no row can be placed.
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    for (const o of [...pending]) {
      const parent = o.parentCode ? snap.orgs.get(o.parentCode) : null;
      if (o.parentCode && !parent) {
        if (pending.some((p) => p.code === o.parentCode)) continue;
        problems.error(
          'ToChuc',
          o.row,
          'Mã tổ chức cấp trên',
          o.parentCode,
          `Không có tổ chức mã ${o.parentCode} (trong tệp hay trong hệ thống).`,
        );
      } else establish(o, parent ?? null);
      pending.splice(pending.indexOf(o), 1);
      progress = true;
    }
  }
  for (const o of pending)
    problems.error(
      'ToChuc',
      o.row,
      'Mã tổ chức cấp trên',
      o.parentCode,
      'Tổ chức cấp trên tạo thành vòng lặp (tổ chức trực thuộc chính cấp dưới của nó).',
    );
  return { out, counts };

  function establish(o: OrgRecord, parent: OrgInfo | null) {
    const fail = (column: string | null, value: string | null, message: string) =>
      problems.error('ToChuc', o.row, column, value, message);
    if (!WRITE_ORG_ROLES.includes(actor.role))
      return fail(
        'Mã tổ chức',
        o.code,
        `Tổ chức ${o.code} chưa có; chỉ cán bộ tổ chức mới được lập tổ chức đảng.`,
      );
    if (!parent && actor.role !== 'admin')
      return fail('Mã tổ chức cấp trên', null, 'Chỉ quản trị hệ thống mới được lập tổ chức cấp cao nhất.');
    if (parent && !inScope(actor, parent.path))
      return fail(
        'Mã tổ chức cấp trên',
        o.parentCode,
        `Tổ chức cấp trên ${o.parentCode} ngoài phạm vi bạn quản lý.`,
      );
    let parentKind: OrgKind | null = null;
    if (parent) {
      const v = versionAt(parent, o.establishedOn);
      if (!v)
        return fail(
          'Ngày thành lập',
          o.establishedOn,
          `Tổ chức cấp trên ${o.parentCode} chưa thành lập hoặc đã giải thể vào ngày ${formatVnDate(o.establishedOn)}.`,
        );
      parentKind = v.kind as OrgKind;
    }
    const kindProblem = parentKindProblem(o.kind as OrgKind, parentKind);
    if (kindProblem) return fail('Loại tổ chức', o.kind, kindProblem);
    if (o.dissolvedOn && o.dissolvedOn > actor.today)
      return fail('Ngày giải thể', o.dissolvedOn, 'Ngày giải thể ở tương lai.');
    if (o.establishedOn > actor.today)
      return fail('Ngày thành lập', o.establishedOn, 'Ngày thành lập ở tương lai.');
    const details = { name: o.name, kind: o.kind, sector: o.sector, parentId: parent?.id ?? null };
    const versions = deriveOrgVersions([
      { type: 'ESTABLISH', effectiveDate: o.establishedOn, details },
      ...(o.dissolvedOn ? [{ type: 'DISSOLVE' as const, effectiveDate: o.dissolvedOn, details: {} }] : []),
    ]);
    const info: OrgInfo = {
      id: newId(),
      code: o.code,
      path: childPath(parent?.path ?? null, o.code),
      isNew: true,
      versions: versions.map((v) => ({ ...v, parentCode: o.parentCode })),
    };
    snap.orgs.set(o.code, info);
    out.push({ info, record: o, parentId: parent?.id ?? null });
    counts.created += 1;
  }
}

/**
 * Same event: type and date, and the destination for moves. A later file that lists only part of a
 * history names the member's current cell for the admission; that is the same admission.
 */
const eventKey = (e: { type: string; effectiveDate: string; orgId?: string | null }) =>
  `${e.type}|${e.effectiveDate}|${MOVES.has(e.type as MembershipEventType) ? (e.orgId ?? '') : ''}`;
const MOVES = new Set<MembershipEventType>([
  'INTERNAL_MOVE',
  'TRANSFER_ISSUED',
  'TRANSFER_ACCEPTED',
  'ORG_MERGE',
]);
const ORG_EVENTS = new Set<MembershipEventType>([
  'ADMISSION',
  'READMISSION',
  'ARRIVAL',
  'INTERNAL_MOVE',
  'TRANSFER_ISSUED',
  'TRANSFER_ACCEPTED',
  'ORG_MERGE',
]);
/** Events whose org is a cell the member joins: it must be the actor's, like in the app. */
const OWN_CELL_EVENTS = new Set<MembershipEventType>([
  'ADMISSION',
  'READMISSION',
  'ARRIVAL',
  'INTERNAL_MOVE',
]);

function matchMember(m: MemberRecord, snap: Snapshot, problems: Problems): string | null | false {
  const hits = new Map<string, string>();
  const by: [string, Map<string, string>, string | null][] = [
    ['Mã đảng viên', snap.byKey, m.key],
    ['Số thẻ đảng viên', snap.byCard, m.profile.cardNumber],
    ['Số lý lịch', snap.byDossier, m.profile.dossierNumber],
    ['Số CCCD', snap.byCitizen, m.profile.citizenId],
  ];
  for (const [column, index, value] of by) {
    const id = value ? index.get(value) : undefined;
    if (id) hits.set(column, id);
  }
  const ids = new Set(hits.values());
  if (ids.size > 1) {
    problems.error(
      'DangVien',
      m.row,
      null,
      m.key,
      `Các số định danh trỏ tới những đảng viên khác nhau trong hệ thống (${[...hits.keys()].join(', ')}); hãy kiểm tra lại.`,
    );
    return false;
  }
  return [...ids][0] ?? null;
}

export function planImport(
  file: ParsedFile,
  snap: Snapshot,
  actor: Actor,
  problems: Problems,
  newId: () => string,
): ImportPlan {
  const orgs = planOrgs(file, snap, actor, problems, newId);
  const memberCounts = { created: 0, updated: 0, unchanged: 0 };
  const eventCounts = { added: 0, existing: 0 };
  const byKey = new Map<string, typeof file.events>();
  const known = new Set(file.members.map((m) => m.key));
  for (const e of file.events) {
    if (!known.has(e.key)) {
      problems.error(
        'BienDong',
        e.row,
        'Mã đảng viên',
        e.key,
        `Không có đảng viên mã ${e.key} ở trang DangVien.`,
      );
      continue;
    }
    const list = byKey.get(e.key) ?? [];
    list.push(e);
    byKey.set(e.key, list);
  }
  const members: MemberWrite[] = [];
  // Orgs by id, once (the file's new orgs included): every member's checks look theirs up.
  const codeOf = new Map([...snap.orgs.values()].map((o) => [o.id, o] as const));
  for (const m of file.members) {
    const w = planMember(m, byKey.get(m.key) ?? [], snap, codeOf, actor, problems, newId, eventCounts);
    if (!w) continue;
    members.push(w);
    if (w.isNew) memberCounts.created += 1;
    else if (w.changed.length || w.newEvents.length) memberCounts.updated += 1;
    else memberCounts.unchanged += 1;
  }
  return {
    newOrgs: orgs.out,
    members,
    counts: {
      ToChuc: orgs.counts,
      DangVien: memberCounts,
      BienDong: { created: eventCounts.added, updated: 0, unchanged: eventCounts.existing },
    },
    events: eventCounts,
  };
}

function planMember(
  m: MemberRecord,
  rows: EventRecordList,
  snap: Snapshot,
  codeOf: ReadonlyMap<string, OrgInfo>,
  actor: Actor,
  problems: Problems,
  newId: () => string,
  eventCounts: { added: number; existing: number },
): MemberWrite | null {
  const matched = matchMember(m, snap, problems);
  if (matched === false) return null;
  const existing = matched ? snap.members.get(matched) : undefined;
  const fail = (
    sheet: string,
    row: number | null,
    column: string | null,
    value: string | null,
    message: string,
  ) => problems.error(sheet, row, column, value, message);
  if (existing && !inScope(actor, existing.orgPath)) {
    fail(
      'DangVien',
      m.row,
      'Mã đảng viên',
      m.key,
      'Số định danh này là của một đảng viên ngoài phạm vi bạn quản lý.',
    );
    return null;
  }
  let bad = false;
  // Every org the rows name must exist; the cells must be the actor's.
  const checkCode = (sheet: string, row: number, column: string, code: string | null) => {
    if (!code) return;
    const org = snap.orgs.get(code);
    if (!org) {
      bad = true;
      fail(sheet, row, column, code, `Không có tổ chức đảng mã ${code} (trong tệp hay trong hệ thống).`);
    }
  };
  checkCode('DangVien', m.row, 'Mã chi bộ', m.cellCode);
  for (const r of rows) {
    checkCode('BienDong', r.row, 'Mã tổ chức đi', r.fromOrg);
    checkCode('BienDong', r.row, 'Mã tổ chức đến', r.toOrg);
  }
  if (bad) return null;
  const id = existing?.id ?? newId();
  const built = buildHistory(id, m, rows, snap.orgs, newId);
  for (const p of built.problems)
    fail(p.row === null ? 'DangVien' : 'BienDong', p.row ?? m.row, p.column, p.value, p.message);
  if (built.problems.length) return null;

  // Events already recorded (an earlier import, or the app) are not added again.
  const existingEffective = existing ? effectiveEvents(existing.events) : [];
  const have = new Map(existingEffective.map((e) => [eventKey(e), e] as const));
  const remap = new Map<string, string>();
  const fresh: PlannedEvent[] = [];
  for (const e of built.events) {
    const details = e.details as Record<string, unknown> | undefined;
    const transferId = details?.transferEventId as string | undefined;
    if (transferId && remap.has(transferId))
      e.details = { ...details, transferEventId: remap.get(transferId) };
    const same = have.get(eventKey(e));
    if (same) {
      remap.set(e.id, same.id);
      eventCounts.existing += 1;
    } else fresh.push(e);
  }

  // Org checks the app makes when an event is recorded: the cell exists and is a cell on the date;
  // cells a member joins are in the actor's scope.
  for (const e of fresh) {
    if (!e.orgId || !ORG_EVENTS.has(e.type)) continue;
    const org = codeOf.get(e.orgId)!;
    const v = versionAt(org, e.effectiveDate);
    const where =
      e.row === null
        ? (['DangVien', m.row, 'Mã chi bộ'] as const)
        : (['BienDong', e.row, 'Mã tổ chức đến'] as const);
    if (!v)
      fail(
        where[0],
        where[1],
        where[2],
        org.code,
        `Tổ chức ${org.code} chưa thành lập hoặc đã giải thể vào ngày ${formatVnDate(e.effectiveDate)}.`,
      );
    else if (!isCell(v.kind))
      fail(
        where[0],
        where[1],
        where[2],
        org.code,
        `${org.code} không phải chi bộ vào ngày ${formatVnDate(e.effectiveDate)}; đảng viên chỉ sinh hoạt ở chi bộ.`,
      );
    else if (OWN_CELL_EVENTS.has(e.type) && !inScope(actor, org.path))
      fail(where[0], where[1], where[2], org.code, `Chi bộ ${org.code} không thuộc phạm vi bạn quản lý.`);
    else continue;
    bad = true;
  }
  if (bad) return null;

  let seq = Math.max(0, ...(existing?.events ?? []).map((e) => e.seq)) + 1;
  const all: MembershipEventFacts[] = [
    ...(existing?.events ?? []),
    ...fresh.map((e) => ({
      id: e.id,
      seq: seq++,
      type: e.type,
      effectiveDate: e.effectiveDate,
      orgId: e.orgId ?? null,
      correctsEventId: null,
      details: e.details ?? {},
    })),
  ];
  const derived = derivePeriods(all);
  if (derived.problems.length) {
    attributeLifecycleProblems(all, fresh, m, problems);
    return null;
  }
  const periods = derived.periods;
  // "Mã tổ chức đi" must be where the member was, and "Mã chi bộ" where the history ends.
  for (const e of fresh) {
    const before = periods.find(
      (p) => p.validFrom < e.effectiveDate && (p.validTo === null || p.validTo >= e.effectiveDate),
    );
    if (before) e.fromOrgId = before.orgId;
    if (e.fromOrgCode && before && codeOf.get(before.orgId)?.code !== e.fromOrgCode) {
      fail(
        'BienDong',
        e.row,
        'Mã tổ chức đi',
        e.fromOrgCode,
        `Ngày ${formatVnDate(e.effectiveDate)} đảng viên sinh hoạt ở ${codeOf.get(before.orgId)?.code}, không phải ${e.fromOrgCode}.`,
      );
      bad = true;
    }
  }
  const last = periods.at(-1);
  const lastCode = last ? codeOf.get(last.orgId)?.code : undefined;
  if (last && lastCode !== m.cellCode) {
    const message = `Theo biến động, chi bộ cuối cùng là ${lastCode}, không phải ${m.cellCode}. Thiếu một dòng CHUYEN_NOI_BO?`;
    if (last.validTo === null) {
      fail('DangVien', m.row, 'Mã chi bộ', m.cellCode, message);
      bad = true;
    } else problems.warn('DangVien', m.row, 'Mã chi bộ', m.cellCode, message);
  }
  // A cell dissolved while the member still belonged to it: the app would have refused the dissolution.
  for (const p of periods) {
    const org = codeOf.get(p.orgId)!;
    const end = dissolvedOn(org);
    if (end && (p.validTo === null || p.validTo > end)) {
      fail(
        'DangVien',
        m.row,
        'Mã chi bộ',
        org.code,
        `Chi bộ ${org.code} giải thể ngày ${formatVnDate(end)} khi đảng viên vẫn sinh hoạt ở đó.`,
      );
      bad = true;
      break;
    }
  }
  if (bad) return null;
  eventCounts.added += fresh.length;
  const changed = existing ? profileChanges(existing.profile, m.profile) : [];
  // Blank cells keep what the record holds; the row's values replace the rest.
  const profile = existing
    ? ({
        ...existing.profile,
        ...Object.fromEntries(Object.entries(m.profile).filter(([, v]) => v !== null)),
      } as MemberProfile)
    : m.profile;
  const recognitions = periods.filter((p) => p.startCause === 'RECOGNITION').map((p) => p.validFrom);
  return {
    id,
    key: m.key,
    isNew: !existing,
    profile,
    changed,
    newEvents: fresh,
    periods,
    rebuild: fresh.length > 0,
    addKey: snap.storedKeys.get(m.key) !== id && m.key !== id,
    officialDate: recognitions.length ? recognitions.sort().at(-1)! : profile.officialDate,
  };
}

type EventRecordList = readonly import('./validate.ts').EventRecord[];

/** Fields the file fills and that differ from the record; blank cells never erase data. */
function profileChanges(before: MemberProfile, after: MemberProfile): (keyof MemberProfile)[] {
  return (Object.keys(after) as (keyof MemberProfile)[]).filter(
    (k) => after[k] !== null && after[k] !== before[k],
  );
}

/**
 * derivePeriods explains a broken history in words; the report needs the row. The history is
 * folded one event more at a time, so each refusal is attributed to the event that caused it.
 */
function attributeLifecycleProblems(
  all: readonly MembershipEventFacts[],
  fresh: readonly PlannedEvent[],
  m: MemberRecord,
  problems: Problems,
) {
  const rowOf = new Map(fresh.map((e) => [e.id, e.row] as const));
  const ordered = effectiveEvents(all);
  let seen = 0;
  for (let i = 1; i <= ordered.length; i++) {
    const { problems: found } = derivePeriods(ordered.slice(0, i));
    for (const message of found.slice(seen)) {
      const row = rowOf.get(ordered[i - 1]!.id);
      if (row)
        problems.error(
          'BienDong',
          row,
          'Loại biến động',
          null,
          `Biến động không phù hợp với lịch sử đảng viên. ${message}`,
        );
      else problems.error('DangVien', m.row, null, m.key, `Lịch sử đảng viên không hợp lệ. ${message}`);
    }
    seen = found.length;
  }
}
