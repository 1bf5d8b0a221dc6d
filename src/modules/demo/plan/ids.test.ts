import { describe, expect, it } from 'vitest';
import { cardNumber, citizenId, dossierNumber, permute } from './ids.ts';

describe('identity numbers', () => {
  it('permute is a bijection of [0, m)', () => {
    for (const m of [1, 7, 1000, 4096, 10_007]) {
      const seen = new Set<number>();
      for (let i = 0; i < m; i++) seen.add(permute(i, m, 12345));
      expect(seen.size).toBe(m);
      expect(Math.max(...seen)).toBe(m - 1);
    }
    expect(() => permute(10, 10, 1)).toThrow(RangeError);
  });

  it('formats citizen IDs with province, century-gender and year', () => {
    expect(citizenId('012', 'NAM', 1976, 5, 1)).toMatch(/^012076\d{6}$/);
    expect(citizenId('012', 'NU', 1976, 5, 1).slice(0, 6)).toBe('012176');
    expect(citizenId('001', 'NAM', 2003, 5, 1).slice(0, 6)).toBe('001203');
    expect(citizenId('001', 'NU', 2003, 5, 1).slice(0, 6)).toBe('001303');
  });

  it('formats card and dossier numbers', () => {
    expect(cardNumber(0, 9)).toMatch(/^\d{8}$/);
    expect(dossierNumber('LC', 3, 9)).toMatch(/^\d{6}LC$/);
    expect(cardNumber(1, 9)).not.toBe(cardNumber(2, 9));
  });
});
