import { describe, expect, it } from 'vitest';
import { nextAwardDay, nextBadge, partyAgeOn } from './partyAge.ts';

describe('party age (Điều lệ Điều 5.4)', () => {
  const continuous = [{ validFrom: '1990-05-19', validTo: null }];
  it('counts completed years from the admission decision', () => {
    expect(partyAgeOn(continuous, '1990-05-19', '2020-05-18')).toBe(29);
    expect(partyAgeOn(continuous, '1990-05-19', '2020-05-19')).toBe(30);
    expect(partyAgeOn(continuous, '1990-05-19', '1990-05-18')).toBeNull();
  });
  it('subtracts the time outside the party between periods', () => {
    const gap = [
      { validFrom: '1990-01-01', validTo: '2000-01-01' },
      { validFrom: '2001-01-01', validTo: null },
    ];
    expect(partyAgeOn(gap, '1990-01-01', '2020-12-31')).toBe(29);
    expect(partyAgeOn(gap, '1990-01-01', '2021-01-01')).toBe(30);
  });
  it('stops growing when the membership ended', () => {
    expect(partyAgeOn([{ validFrom: '1990-01-01', validTo: '2005-06-01' }], '1990-01-01', '2026-01-01')).toBe(
      15,
    );
  });
  it('a member who arrived from outside counts from their admission decision, not the arrival', () => {
    expect(partyAgeOn([{ validFrom: '2015-01-01', validTo: null }], '1995-01-01', '2025-01-01')).toBe(30);
  });
});

describe('badges (Hướng dẫn 01-HD/TW mục 18)', () => {
  it('the next milestone and the usual award day after it', () => {
    expect(nextBadge([{ validFrom: '1996-03-01', validTo: null }], '1996-03-01', '2026-01-01')).toEqual({
      years: 30,
      reachedOn: '2026-03-01',
      awardOn: '2026-05-19',
    });
    expect(nextBadge([{ validFrom: '1986-11-07', validTo: null }], '1986-11-07', '2026-11-07')).toEqual({
      years: 40,
      reachedOn: '2026-11-07',
      awardOn: '2026-11-07',
    });
  });
  it('award days roll over the year end', () => {
    expect(nextAwardDay('2026-11-08')).toBe('2027-02-03');
    expect(nextAwardDay('2026-02-03')).toBe('2026-02-03');
  });
});
