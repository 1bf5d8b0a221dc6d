import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  ageOn,
  compareIso,
  dayOfWeek,
  formatVnDate,
  isValidIsoDate,
  isWorkingDay,
  parseVnDate,
} from './dates.ts';

describe('isValidIsoDate', () => {
  it('accepts real dates in 1900–2200', () => {
    for (const s of ['1900-01-01', '2024-02-29', '2000-02-29', '2025-12-31', '2200-12-31', '2025-04-30']) {
      expect(isValidIsoDate(s)).toBe(true);
    }
  });

  it('rejects days that do not exist', () => {
    for (const s of [
      '2025-02-31',
      '2023-02-29',
      '1900-02-29',
      '2100-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
    ]) {
      expect(isValidIsoDate(s)).toBe(false);
    }
    expect(isValidIsoDate('2025-01-00')).toBe(false);
  });

  it('rejects years outside 1900–2200', () => {
    expect(isValidIsoDate('1899-12-31')).toBe(false);
    expect(isValidIsoDate('2201-01-01')).toBe(false);
  });

  it('rejects other shapes and non-strings', () => {
    for (const s of [
      '',
      ' ',
      '2025-1-5',
      '2025-01-05 ',
      '25-01-05',
      '2025/01/05',
      '2025-01-05T00:00:00Z',
      '２０２５-01-05',
    ]) {
      expect(isValidIsoDate(s)).toBe(false);
    }
    expect(isValidIsoDate(null)).toBe(false);
    expect(isValidIsoDate(20250105)).toBe(false);
    expect(isValidIsoDate(new Date())).toBe(false);
  });
});

describe('parseVnDate', () => {
  it('reads dd/mm/yyyy and d/m/yyyy', () => {
    expect(parseVnDate('05/03/1990')).toBe('1990-03-05');
    expect(parseVnDate('5/3/1990')).toBe('1990-03-05');
    expect(parseVnDate('29/02/2024')).toBe('2024-02-29');
    expect(parseVnDate('31/12/2025')).toBe('2025-12-31');
  });

  it('accepts dots or dashes used consistently, and surrounding spaces', () => {
    expect(parseVnDate('05.03.1990')).toBe('1990-03-05');
    expect(parseVnDate('5-3-1990')).toBe('1990-03-05');
    expect(parseVnDate('  05/03/1990\t')).toBe('1990-03-05');
    expect(parseVnDate('05/03-1990')).toBeNull();
  });

  it('returns null for impossible dates and other shapes', () => {
    for (const s of [
      '29/02/2023',
      '31/04/2025',
      '00/01/2025',
      '1/13/2025',
      '01/01/1899',
      '05/03/90',
      '1990-03-05',
      '',
      '   ',
      'ngày 5 tháng 3',
    ]) {
      expect(parseVnDate(s)).toBeNull();
    }
  });
});

describe('formatVnDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatVnDate('1990-03-05')).toBe('05/03/1990');
    expect(formatVnDate('2024-12-31')).toBe('31/12/2024');
  });

  it('is the inverse of parseVnDate', () => {
    expect(parseVnDate(formatVnDate('2024-02-29'))).toBe('2024-02-29');
  });

  it('shows a missing date as empty and refuses malformed ones', () => {
    expect(formatVnDate('')).toBe('');
    expect(formatVnDate(null)).toBe('');
    expect(formatVnDate(undefined)).toBe('');
    expect(() => formatVnDate('2025-02-31')).toThrow(RangeError);
    expect(() => formatVnDate('05/03/1990')).toThrow(RangeError);
  });
});

describe('compareIso', () => {
  it('orders dates', () => {
    expect(compareIso('2024-01-31', '2024-02-01')).toBe(-1);
    expect(compareIso('2024-02-01', '2024-01-31')).toBe(1);
    expect(compareIso('2024-02-01', '2024-02-01')).toBe(0);
    expect(['2025-01-01', '1999-12-31', '2024-06-15'].sort(compareIso)).toEqual([
      '1999-12-31',
      '2024-06-15',
      '2025-01-01',
    ]);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
    expect(addDays('2000-01-01', 366)).toBe('2001-01-01');
  });

  it('agrees with the JavaScript calendar over a long span', () => {
    for (let n = -40_000; n <= 40_000; n += 997) {
      const expected = new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      expect(addDays('2000-01-01', n)).toBe(expected);
    }
  });

  it('refuses malformed dates and fractional days', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2025-02-01', Number.NaN)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('keeps the day when it exists', () => {
    expect(addMonths('2024-01-15', 1)).toBe('2024-02-15');
    expect(addMonths('2024-11-15', 2)).toBe('2025-01-15');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2024-01-15', 0)).toBe('2024-01-15');
    expect(addMonths('2024-03-05', 12)).toBe('2025-03-05');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('counts the 12-month probation from the ceremony', () => {
    expect(addMonths('2024-06-10', 12)).toBe('2025-06-10');
  });

  it('refuses bad input', () => {
    expect(() => addMonths('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2024-02-01', 0.5)).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it('counts completed years', () => {
    expect(ageOn('2000-05-10', '2018-05-09')).toBe(17);
    expect(ageOn('2000-05-10', '2018-05-10')).toBe(18);
    expect(ageOn('2000-05-10', '2018-12-31')).toBe(18);
    expect(ageOn('1965-01-01', '2025-12-31')).toBe(60);
    expect(ageOn('2000-05-10', '2000-05-10')).toBe(0);
  });

  it('lets someone born on 29/2 complete a year on 28/2 in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-27')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('agrees with addMonths for every day around a birthday', () => {
    for (const birth of ['2004-02-29', '1990-12-31', '1985-03-01']) {
      for (let offset = -3; offset <= 3; offset++) {
        const on = addDays(addMonths(birth, 12 * 18), offset);
        expect(ageOn(birth, on) >= 18).toBe(compareIso(on, addMonths(birth, 12 * 18)) >= 0);
      }
    }
  });

  it('is negative before birth and refuses malformed dates', () => {
    expect(ageOn('2000-05-10', '2000-05-09')).toBe(-1);
    expect(() => ageOn('2000-02-30', '2020-01-01')).toThrow(RangeError);
    expect(() => ageOn('2000-01-01', '')).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-09-02')).toBe(2);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1900-01-01')).toBe(1);
    expect(dayOfWeek('2025-09-07')).toBe(0);
  });

  it('skips weekends and listed holidays', () => {
    expect(isWorkingDay('2025-09-05')).toBe(true);
    expect(isWorkingDay('2025-09-06')).toBe(false);
    expect(isWorkingDay('2025-09-07')).toBe(false);
    expect(isWorkingDay('2025-09-02', new Set(['2025-09-02']))).toBe(false);
  });

  it('adds working days forward', () => {
    // Friday 2025-09-05 + 1 → Monday 2025-09-08.
    expect(addWorkingDays('2025-09-05', 1)).toBe('2025-09-08');
    expect(addWorkingDays('2025-09-01', 5)).toBe('2025-09-08');
    // From a Saturday the first working day is Monday.
    expect(addWorkingDays('2025-09-06', 1)).toBe('2025-09-08');
    expect(addWorkingDays('2025-09-01', 30)).toBe('2025-10-13');
  });

  it('returns the same day for n = 0, even on a weekend', () => {
    expect(addWorkingDays('2025-09-06', 0)).toBe('2025-09-06');
  });

  it('goes backward for negative n', () => {
    expect(addWorkingDays('2025-09-08', -1)).toBe('2025-09-05');
    expect(addWorkingDays('2025-09-08', -5)).toBe('2025-09-01');
  });

  it('skips holidays', () => {
    const holidays = new Set(['2025-09-01', '2025-09-02']);
    // Friday 29/8 + 1 working day, with the National Day break on 1–2/9 → Wednesday 3/9.
    expect(addWorkingDays('2025-08-29', 1, holidays)).toBe('2025-09-03');
    expect(addWorkingDays('2025-09-03', -1, holidays)).toBe('2025-08-29');
  });

  it('refuses bad input', () => {
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-03', 1.2)).toThrow(RangeError);
    expect(() => dayOfWeek('x')).toThrow(RangeError);
  });
});
