import { describe, expect, it } from 'vitest';
import { AGE_BAND, type AgeBand, ageBandOf, ageBandRange } from './ageBand.ts';

describe('ageBandOf', () => {
  it.each([
    [18, '18-30'],
    [30, '18-30'],
    [31, '31-35'],
    [35, '31-35'],
    [36, '36-40'],
    [45, '41-45'],
    [46, '46-50'],
    [55, '51-55'],
    [56, '56-60'],
    [60, '56-60'],
    [61, '61+'],
    [104, '61+'],
  ])('%i → %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it('is null under 18 and for non-numbers', () => {
    expect(ageBandOf(17)).toBeNull();
    expect(ageBandOf(0)).toBeNull();
    expect(ageBandOf(-1)).toBeNull();
    expect(ageBandOf(Number.NaN)).toBeNull();
    expect(ageBandOf(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('counts completed years for fractional ages', () => {
    expect(ageBandOf(17.99)).toBeNull();
    expect(ageBandOf(30.5)).toBe('18-30');
    expect(ageBandOf(60.9)).toBe('56-60');
  });
});

describe('ageBandRange', () => {
  it('gives inclusive bounds, open above 60', () => {
    expect(ageBandRange('18-30')).toEqual({ minAge: 18, maxAge: 30 });
    expect(ageBandRange('56-60')).toEqual({ minAge: 56, maxAge: 60 });
    expect(ageBandRange('61+')).toEqual({ minAge: 61, maxAge: null });
  });

  it('covers 18 and up without gaps or overlaps', () => {
    let next = 18;
    for (const { code } of AGE_BAND.items) {
      const { minAge, maxAge } = ageBandRange(code);
      expect(minAge).toBe(next);
      next = maxAge === null ? Number.POSITIVE_INFINITY : maxAge + 1;
    }
    expect(next).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses an unknown code', () => {
    expect(() => ageBandRange('x' as AgeBand)).toThrow(RangeError);
  });
});
