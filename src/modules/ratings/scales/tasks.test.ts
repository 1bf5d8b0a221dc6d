import { describe, expect, it } from 'vitest';
import { checkRating } from './check.ts';
import { codes, member } from './testing.ts';
import type { Period, TaskFacts } from './types.ts';

const Y2024: Period = { kind: 'YEAR', year: 2024 };
const tasks = (assigned: number, onTime: number, exceeded: number): TaskFacts => ({
  assigned,
  completed: assigned,
  onTime,
  exceeded,
});

describe('124: an individual’s HTXSNV needs every task on time and at least 50% exceeded', () => {
  it('5 of 10 exceeded is enough, 4 of 10 is not', () => {
    expect(codes(checkRating(Y2024, member('HTXSNV', { tasks: tasks(10, 10, 5) })))).toEqual([]);
    expect(codes(checkRating(Y2024, member('HTXSNV', { tasks: tasks(10, 10, 4) })))).toEqual([
      'TASKS_FOR_HTXSNV:error',
    ]);
  });

  it('one late task is enough to fail; lower levels and missing counts are not checked', () => {
    expect(codes(checkRating(Y2024, member('HTXSNV', { tasks: tasks(10, 9, 9) })))).toEqual([
      'TASKS_FOR_HTXSNV:error',
    ]);
    expect(codes(checkRating(Y2024, member('HTTNV', { tasks: tasks(10, 9, 0) })))).toEqual([]);
    expect(codes(checkRating(Y2024, member('HTXSNV')))).toEqual([]);
  });
});
