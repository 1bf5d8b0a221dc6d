/**
 * Import a workbook (or CSV files) as one batch: authorize, read, check everything, and write all
 * of it in one transaction — or nothing, with a report that says exactly what and where.
 */
import { sql } from 'drizzle-orm';
import { scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/query.ts';
import { forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { withoutBulkLoadConstraints } from '../demo/indexes.ts';
import { checkFile } from './fileCheck.ts';
import { IMPORT_ROLES, type ImportPlan, planImport } from './plan.ts';
import { loadRatingFacts } from './ratingFacts.ts';
import { planRatings, type RatingPlan, ratedMembers } from './ratingPlan.ts';
import { writeRatings } from './ratingWrite.ts';
import { openCsvFiles, openXlsx, type SheetSource, TooManyRows } from './read.ts';
import { type ImportReport, Problems } from './report.ts';
import { loadSnapshot } from './snapshot.ts';
import { type ParsedFile, parseFile } from './validate.ts';
import { writePlan } from './write.ts';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export function assertMayImport(ctx: Ctx): void {
  if (!IMPORT_ROLES.includes(ctx.actor.role))
    throw forbidden(
      'Bạn không có quyền nhập dữ liệu (chỉ cán bộ tổ chức, bí thư chi bộ, quản trị hệ thống).',
    );
}

const UNREADABLE =
  'Không đọc được nội dung bảng tính (tệp hỏng hoặc không đúng định dạng .xlsx). Hãy mở bằng Excel, lưu lại rồi nhập.';

/** Checks the files by their bytes and opens their sheets; null (with the problem recorded) when refused. */
async function openFiles(files: readonly ImportFile[], problems: Problems): Promise<SheetSource | null> {
  const kinds = files.map((f) => {
    const verdict = checkFile(f.bytes, f.name);
    if (verdict.problem) problems.error(f.name, null, null, null, verdict.problem);
    return verdict.kind;
  });
  if (problems.errors) return null;
  if (kinds.includes('xlsx') && files.length > 1) {
    problems.error('Tệp', null, null, null, 'Chỉ nhập một tệp .xlsx mỗi lần (hoặc nhiều tệp .csv cùng lúc).');
    return null;
  }
  try {
    return kinds[0] === 'xlsx' ? await openXlsx(files[0]!.bytes) : openCsvFiles(files);
  } catch {
    problems.error(files[0]?.name ?? 'Tệp', null, null, null, UNREADABLE);
    return null;
  }
}

/** Reads and parses the sheets; null (with the problem recorded) when the file cannot be read to the end. */
async function parseSheets(
  files: readonly ImportFile[],
  source: SheetSource,
  problems: Problems,
  today: string,
): Promise<ParsedFile | null> {
  try {
    return await parseFile(source, problems, today);
  } catch (e) {
    problems.error(
      files[0]?.name ?? 'Tệp',
      null,
      null,
      null,
      e instanceof TooManyRows
        ? 'Tệp có quá nhiều dòng (hơn 1,5 triệu); hãy chia thành nhiều tệp.'
        : UNREADABLE,
    );
    return null;
  }
}

/** The index rebuild's sort memory (maintenance_work_mem): PostgreSQL's default, as PGlite never gives memory back. */
const IMPORT_SORT_MEMORY = '64MB';

/** Above this many new members, indexes are rebuilt after the rows are in (measured: docs/performance.md). */
const BULK_MEMBERS = 20_000;

const hasWrites = (plan: ImportPlan, ratings: RatingPlan) =>
  plan.newOrgs.length > 0 ||
  ratings.writes.length > 0 ||
  plan.members.some((m) => m.isNew || m.changed.length || m.newEvents.length || m.addKey);

/** NENMONG_IMPORT_TRACE=1 prints each phase's time and memory on stderr (for the benchmark). */
const trace = (phase: string, started: number) => {
  if (!process.env.NENMONG_IMPORT_TRACE) return;
  const mb = (n: number) => Math.round(n / 1048576);
  const m = process.memoryUsage();
  process.stderr.write(
    `[import] ${phase}: ${((Date.now() - started) / 1000).toFixed(1)} s, rss ${mb(m.rss)} MB (JS heap ${mb(m.heapUsed)}, buffers and WebAssembly ${mb(m.external)})\n`,
  );
};

/** The XepLoai rows against the batch's plan and what the database holds for the members and orgs they rate. */
async function planHistoryRatings(
  ctx: Ctx,
  parsed: ParsedFile,
  plan: ImportPlan,
  snapshot: Awaited<ReturnType<typeof loadSnapshot>>,
  memberKeys: ReadonlySet<string>,
  actor: { role: string; scope: string | null; today: string },
  problems: Problems,
): Promise<RatingPlan> {
  if (!parsed.ratings.length) return { writes: [], counts: { created: 0, updated: 0, unchanged: 0 } };
  const { batch, outside } = ratedMembers(parsed.ratings, plan, snapshot.byKey);
  const subjects = new Set(outside);
  for (const m of batch.values()) if (!m.isNew) subjects.add(m.id);
  for (const r of parsed.ratings) {
    const org = r.subject === 'ORG' && r.orgCode ? snapshot.orgs.get(r.orgCode) : undefined;
    if (org && !org.isNew) subjects.add(org.id);
  }
  const facts = await loadRatingFacts(ctx.db, outside, [...subjects]);
  return planRatings(parsed.ratings, memberKeys, plan, snapshot, facts, actor, problems);
}

export async function importFiles(
  ctx: Ctx,
  files: readonly ImportFile[],
  opts: { dryRun: boolean; name?: string },
): Promise<ImportReport> {
  assertMayImport(ctx);
  const problems = new Problems();
  const fileName = opts.name ?? files.map((f) => f.name).join(', ');
  const report: ImportReport = {
    ok: false,
    dryRun: opts.dryRun,
    written: false,
    file: fileName,
    sheets: [],
    events: { added: 0, existing: 0 },
    conversions: [],
    problems: problems.list,
    errorCount: 0,
    warningCount: 0,
  };
  const finish = () => {
    report.errorCount = problems.errors;
    report.warningCount = problems.list.length - problems.errors;
    report.ok = report.errorCount === 0;
    for (const s of report.sheets) {
      s.errors = problems.list.filter((p) => p.sheet === s.sheet && p.severity === 'error').length;
      s.warnings = problems.list.filter((p) => p.sheet === s.sheet && p.severity === 'warning').length;
    }
    return report;
  };
  const started = Date.now();
  trace('start', started);
  const source = await openFiles(files, problems);
  if (!source) return finish();
  const read = source.result;
  report.conversions = read.conversions;
  const parsed = await parseSheets(files, source, problems, ctx.today);
  trace('read and parse', started);
  if (!parsed) return finish();
  const scope = await scopeOf(ctx);
  const snapshot = await loadSnapshot(ctx.db, parsed);
  trace('snapshot', started);
  const actor = { role: ctx.actor.role, scope: scope.pathPrefix, today: ctx.today };
  const memberKeys = new Set(parsed.members.map((m) => m.key));
  const plan = planImport(parsed, snapshot, actor, problems, newId);
  const ratings = await planHistoryRatings(ctx, parsed, plan, snapshot, memberKeys, actor, problems);
  trace('plan', started);
  report.events = plan.events;
  for (const sheet of ['ToChuc', 'DangVien', 'BienDong', 'XepLoai'] as const) {
    const rows = parsed.rowCounts.get(sheet);
    if (rows === undefined) continue;
    const c = sheet === 'XepLoai' ? ratings.counts : plan.counts[sheet]!;
    report.sheets.push({
      sheet: read.sheets.get(sheet)?.source ?? sheet,
      rows,
      ...c,
      errors: 0,
      warnings: 0,
    });
  }
  finish();
  // The plan holds what is written; the parsed rows can go before the write needs memory.
  parsed.events.length = 0;
  parsed.members.length = 0;
  if (!report.ok || opts.dryRun || !hasWrites(plan, ratings)) return report;
  const bulk = plan.members.filter((m) => m.isNew).length > BULK_MEMBERS;
  const memberCount = plan.members.length; // writePlan empties plan.members as it writes
  await inTransaction(ctx.db, async (tx) => {
    // A large batch builds the roll's secondary indexes and foreign keys once at the end instead of row by row; DDL is
    // transactional, so a failure or a kill leaves them as they were.
    const restoreIndexes = bulk ? await withoutBulkLoadConstraints(tx, undefined, IMPORT_SORT_MEMORY) : null;
    await writePlan(tx, plan, snapshot.orgs, ctx.actor.username);
    await writeRatings(tx, ratings.writes, ctx.actor.username);
    trace('rows', started);
    await restoreIndexes?.();
    trace('indexes', started);
    await recordAudit(
      tx,
      { ...ctx, db: tx },
      {
        action: 'import.batch',
        entityType: 'installation',
        entityId: null,
        after: {
          file: fileName,
          sheets: report.sheets.map(({ sheet, rows, created, updated, unchanged }) => ({
            sheet,
            rows,
            created,
            updated,
            unchanged,
          })),
          events: report.events,
          warnings: report.warningCount,
          conversions: report.conversions.map((c) => ({
            sheet: c.sheet,
            encoding: c.encoding,
            cells: c.cells,
          })),
        },
      },
    );
  });
  trace('write', started);
  // PGlite runs no autovacuum: after a large batch the roll's and the reports' index-only scans would
  // read the heap, and a never-analyzed events table made the next export scan it once per page.
  if (memberCount > 5000) {
    await ctx.db.execute(sql`VACUUM ANALYZE members, membership_periods`).catch(() => undefined);
    await ctx.db.execute(sql`ANALYZE membership_events, import_member_keys`).catch(() => undefined);
    trace('vacuum', started);
  }
  report.written = true;
  return report;
}
