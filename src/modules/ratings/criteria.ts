/**
 * The criteria a member scores themself on under Quy định 366-QĐ/TW: its framework has a general
 * group of 30 points and a task-results group of 70 (VietNamNet and Thanh Niên, 20/9/2025, on the
 * five appendices). For individuals the general group is "phẩm chất chính trị, đạo đức, lối sống,
 * thực hiện trách nhiệm nêu gương; tư duy đổi mới, chiến lược, khát vọng cống hiến, dám nghĩ, dám
 * làm; tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm"; the task group is
 * set per position by each committee. The split of points below is our default, not the text's
 * (the appendices were not found): an installation changes it in the settings.
 */
export interface Criterion {
  code: string;
  label: string;
  maxPoints: number;
}

export interface CriteriaFramework {
  general: Criterion[];
  tasks: Criterion[];
}

export const DEFAULT_CRITERIA: CriteriaFramework = {
  general: [
    {
      code: 'POLITICS_ETHICS',
      label: 'Phẩm chất chính trị, đạo đức, lối sống; trách nhiệm nêu gương',
      maxPoints: 12,
    },
    { code: 'INNOVATION', label: 'Tư duy đổi mới, khát vọng cống hiến, dám nghĩ, dám làm', maxPoints: 9 },
    {
      code: 'SELF_CRITICISM',
      label: 'Tự phê bình và phê bình; tự soi, tự sửa, khắc phục hạn chế',
      maxPoints: 9,
    },
  ],
  tasks: [
    {
      code: 'ASSIGNED_TASKS',
      label: 'Kết quả thực hiện nhiệm vụ được giao (công tác chuyên môn)',
      maxPoints: 50,
    },
    { code: 'MEMBER_DUTIES', label: 'Thực hiện nhiệm vụ đảng viên, nhiệm vụ chi bộ giao', maxPoints: 20 },
  ],
};

/**
 * The two group totals from per-criterion scores, or the problems with them: every criterion scored,
 * none above its points, no unknown criterion.
 */
export function groupScores(
  framework: CriteriaFramework,
  scores: Record<string, number>,
): { general: number; tasks: number } | { problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const known = new Set([...framework.general, ...framework.tasks].map((c) => c.code));
  for (const code of Object.keys(scores))
    if (!known.has(code)) problems.push({ path: `scores.${code}`, message: `Không có tiêu chí "${code}".` });
  const sum = (list: Criterion[]) =>
    list.reduce((n, c) => {
      const v = scores[c.code];
      if (v === undefined)
        problems.push({ path: `scores.${c.code}`, message: `Chưa chấm tiêu chí "${c.label}".` });
      else if (v > c.maxPoints)
        problems.push({ path: `scores.${c.code}`, message: `"${c.label}" tối đa ${c.maxPoints} điểm.` });
      return n + (v ?? 0);
    }, 0);
  const general = sum(framework.general);
  const tasks = sum(framework.tasks);
  const round = (x: number) => Math.round(x * 100) / 100;
  return problems.length ? { problems } : { general: round(general), tasks: round(tasks) };
}

/** A framework is usable when each group's points add up to the scale's (30 and 70). */
export function frameworkProblems(f: CriteriaFramework, generalMax: number, tasksMax: number) {
  const out: { path: string; message: string }[] = [];
  const total = (l: Criterion[]) => l.reduce((n, c) => n + c.maxPoints, 0);
  if (total(f.general) !== generalMax)
    out.push({ path: 'criteria.general', message: `Các tiêu chí chung phải cộng đủ ${generalMax} điểm.` });
  if (total(f.tasks) !== tasksMax)
    out.push({
      path: 'criteria.tasks',
      message: `Các tiêu chí kết quả nhiệm vụ phải cộng đủ ${tasksMax} điểm.`,
    });
  const codes = [...f.general, ...f.tasks].map((c) => c.code);
  if (new Set(codes).size !== codes.length) out.push({ path: 'criteria', message: 'Mã tiêu chí bị trùng.' });
  return out;
}
