import type { ApiError } from '../../api/problem.ts';
import { isApiError } from '../../api/problem.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import type { Sheet, SheetItem, TaskFacts, Verdict } from './api.ts';

export type Mode = 'proposal' | 'decision';

/** What the user changed on a row before saving. */
export interface Edit {
  level?: string;
  scoreGeneral?: number | null;
  scoreTasks?: number | null;
  tasks?: TaskFacts;
}

/** The level a row shows in a mode: the user's edit, else what was written at that stage. */
export function levelIn(mode: Mode, x: SheetItem, e: Edit | undefined): string | undefined {
  if (e?.level) return e.level;
  return mode === 'proposal' ? x.proposed?.code : (x.level?.code ?? x.proposed?.code);
}

export const scoresOf = (x: SheetItem, e: Edit | undefined) => ({
  general: e?.scoreGeneral !== undefined ? e.scoreGeneral : (x.scoreGeneral ?? x.self?.scoreGeneral ?? null),
  tasks: e?.scoreTasks !== undefined ? e.scoreTasks : (x.scoreTasks ?? x.self?.scoreTasks ?? null),
});

/** Who may write a row in a mode: decisions only by the deciding committee (the server checks again). */
export function editable(
  mode: Mode,
  x: SheetItem,
  me: { role: string; orgCode: string | null },
  canPropose: boolean,
): boolean {
  if (x.locked || !x.toBeRated || !canPropose) return false;
  if (mode === 'proposal') return true;
  return me.role === 'admin' || (x.decider !== null && x.decider.code === me.orgCode);
}

/** The rows to send: every edited row with its level, and under a scored scale its two scores. */
export function verdictsOf(mode: Mode, sheet: Sheet, edits: Map<string, Edit>): Verdict[] {
  const scored = Boolean(sheet.scale.scoring);
  const out: Verdict[] = [];
  for (const x of sheet.items) {
    const e = edits.get(x.id);
    if (!e) continue;
    const level = levelIn(mode, x, e);
    if (!level) continue;
    const s = scoresOf(x, e);
    out.push({
      ratingId: x.id,
      level,
      ...(scored && s.general !== null ? { scoreGeneral: s.general } : {}),
      ...(scored && s.tasks !== null ? { scoreTasks: s.tasks } : {}),
      ...(scored && e.tasks ? { tasks: e.tasks } : {}),
      version: x.version,
    });
  }
  return out;
}

/**
 * Puts a refused save's messages back on the rows they are about ('items.N.level' is the N-th row
 * sent); what belongs to no row (the quota, the detail) goes above the table.
 */
export function rowErrorsOf(error: unknown, sent: Verdict[]) {
  const rows = new Map<string, string[]>();
  const top: string[] = [errorDetail(error)];
  const fields = isApiError(error) ? (error as ApiError).fieldErrors : [];
  for (const f of fields) {
    const m = /^items\.(\d+)\./.exec(f.path);
    const id = m ? sent[Number(m[1])]?.ratingId : undefined;
    if (id) rows.set(id, [...(rows.get(id) ?? []), f.message]);
    else top.push(f.message);
  }
  return { rows, top };
}
