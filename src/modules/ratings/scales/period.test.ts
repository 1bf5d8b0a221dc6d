import { describe, expect, it } from 'vitest';
import { inPeriod, periodFromKey, periodKey, periodLabel, periodRange } from './period.ts';

describe('periods', () => {
  it('a year runs from 1 January to 31 December', () => {
    expect(periodRange({ kind: 'YEAR', year: 2024 })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('quarters end on the last day of their third month', () => {
    const ends = ([1, 2, 3, 4] as const).map(
      (quarter) => periodRange({ kind: 'QUARTER', year: 2025, quarter }).to,
    );
    expect(ends).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(periodRange({ kind: 'QUARTER', year: 2025, quarter: 3 }).from).toBe('2025-07-01');
  });

  it('contains its first and last days and nothing outside', () => {
    const y = { kind: 'YEAR', year: 2024 } as const;
    expect(inPeriod(y, '2024-01-01')).toBe(true);
    expect(inPeriod(y, '2024-12-31')).toBe(true);
    expect(inPeriod(y, '2023-12-31')).toBe(false);
    expect(inPeriod(y, '2025-01-01')).toBe(false);
  });

  it('has Vietnamese names', () => {
    expect(periodLabel({ kind: 'YEAR', year: 2025 })).toBe('năm 2025');
    expect(periodLabel({ kind: 'QUARTER', year: 2025, quarter: 3 })).toBe('quý III/2025');
    expect(periodLabel({ kind: 'TERM', from: '2020-10-01', to: '2025-09-30' })).toBe('nhiệm kỳ 2020–2025');
  });
});

describe('periodKey', () => {
  it('names each kind of period apart', () => {
    expect(periodKey({ kind: 'YEAR', year: 2025 })).toBe('Y2025');
    expect(periodKey({ kind: 'QUARTER', year: 2025, quarter: 3 })).toBe('Q2025-3');
    expect(periodKey({ kind: 'TERM', from: '2020-10-01', to: '2025-09-30' })).toBe('T2020-10-01_2025-09-30');
  });
});

describe('periodFromKey', () => {
  it('reads back every key periodKey writes, and nothing else', () => {
    for (const p of [
      { kind: 'YEAR', year: 2019 },
      { kind: 'QUARTER', year: 2026, quarter: 4 },
      { kind: 'TERM', from: '2020-10-01', to: '2025-09-30' },
    ] as const)
      expect(periodFromKey(periodKey(p))).toEqual(p);
    expect(periodFromKey('Q2026-5')).toBeNull();
    expect(periodFromKey('2026')).toBeNull();
  });
});
