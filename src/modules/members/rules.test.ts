import { describe, expect, it } from 'vitest';
import { dateProblems, religionProblems } from './rules.ts';

const TODAY = '2026-11-23';
const base = {
  birthDate: '1990-03-15',
  admissionDecisionDate: '2015-01-05',
  ceremonyDate: '2015-01-20',
  officialDate: '2016-01-20',
};
const paths = (d: Partial<typeof base>) => dateProblems({ ...base, ...d }, TODAY).map((p) => p.path);

describe('dateProblems', () => {
  it('accepts a consistent history', () => expect(paths({})).toEqual([]));

  it('18th birthday is the first day a decision may be signed (Điều lệ, Điều 1)', () => {
    expect(
      paths({ admissionDecisionDate: '2008-03-15', ceremonyDate: '2008-03-20', officialDate: '2009-03-20' }),
    ).toEqual([]);
    expect(
      paths({ admissionDecisionDate: '2008-03-14', ceremonyDate: '2008-03-20', officialDate: '2009-03-20' }),
    ).toEqual(['admissionDecisionDate']);
  });

  it('probation is 12 full months: official on the anniversary of the ceremony, not a day earlier', () => {
    expect(paths({ officialDate: '2016-01-20' })).toEqual([]);
    expect(paths({ officialDate: '2016-01-19' })).toEqual(['officialDate']);
  });

  it('orders birth < decision ≤ ceremony ≤ official', () => {
    expect(paths({ ceremonyDate: '2015-01-04' })).toContain('ceremonyDate');
    expect(paths({ admissionDecisionDate: '2015-01-20' })).toEqual([]);
    expect(paths({ birthDate: '2016-01-01' })).toContain('admissionDecisionDate');
  });

  it('refuses the future', () => {
    expect(paths({ birthDate: '2026-11-24' })).toContain('birthDate');
    expect(
      paths({ officialDate: '2026-11-24', ceremonyDate: '2025-11-24', admissionDecisionDate: '2025-11-20' }),
    ).toEqual(['officialDate']);
  });

  it('without a decision date the ceremony date is the decision', () => {
    expect(dateProblems({ ...base, admissionDecisionDate: null }, TODAY)).toEqual([]);
  });
});

describe('religionProblems', () => {
  it('adherence needs a religion', () => {
    expect(religionProblems(null, 'ANH_HUONG')).toHaveLength(1);
    expect(religionProblems('CONG_GIAO', 'ANH_HUONG')).toEqual([]);
    expect(religionProblems(null, null)).toEqual([]);
  });
});
