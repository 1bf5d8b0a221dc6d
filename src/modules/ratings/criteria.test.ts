import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, frameworkProblems, groupScores } from './criteria.ts';

const full = {
  POLITICS_ETHICS: 12,
  INNOVATION: 8,
  SELF_CRITICISM: 7.5,
  ASSIGNED_TASKS: 45,
  MEMBER_DUTIES: 20,
};

describe('per-criterion scores under Quy định 366', () => {
  it('the default framework adds up to 30 and 70', () => {
    expect(frameworkProblems(DEFAULT_CRITERIA, 30, 70)).toEqual([]);
    expect(
      frameworkProblems({ ...DEFAULT_CRITERIA, tasks: DEFAULT_CRITERIA.tasks.slice(0, 1) }, 30, 70),
    ).toHaveLength(1);
  });

  it('sums each group, a criterion at exactly its points included', () => {
    expect(groupScores(DEFAULT_CRITERIA, full)).toEqual({ general: 27.5, tasks: 65 });
  });

  it('refuses a criterion over its points, one missing and one unknown', () => {
    const r = groupScores(DEFAULT_CRITERIA, {
      ...full,
      POLITICS_ETHICS: 12.5,
      MEMBER_DUTIES: undefined as unknown as number,
      X: 1,
    });
    expect('problems' in r && r.problems.map((p) => p.path)).toEqual([
      'scores.X',
      'scores.POLITICS_ETHICS',
      'scores.MEMBER_DUTIES',
    ]);
  });
});
