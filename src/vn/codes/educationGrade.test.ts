import { describe, expect, it } from 'vitest';
import { parseEducation } from './educationGrade.ts';

describe('parseEducation', () => {
  it.each([
    ['0/12', 'KHONG_BIET_CHU'],
    ['1/12', 'TIEU_HOC'],
    ['5/12', 'TIEU_HOC'],
    ['6/12', 'THCS'],
    ['9/12', 'THCS'],
    ['10/12', 'THPT'],
    ['12/12', 'THPT'],
  ])('12-year system %s → %s', (input, code) => {
    expect(parseEducation(input)).toEqual({ code, note: input });
  });

  it.each([
    ['0/10', 'KHONG_BIET_CHU'],
    ['1/10', 'TIEU_HOC'],
    ['4/10', 'TIEU_HOC'],
    ['5/10', 'THCS'],
    ['7/10', 'THCS'],
    ['8/10', 'THPT'],
    ['10/10', 'THPT'],
  ])('10-year system %s → %s', (input, code) => {
    expect(parseEducation(input)).toEqual({ code, note: input });
  });

  it.each([
    ['4/9', 'TIEU_HOC'],
    ['5/9', 'THCS'],
    ['7/9', 'THCS'],
    ['8/9', 'THPT'],
    ['9/9', 'THPT'],
  ])('9-year system %s → %s', (input, code) => {
    expect(parseEducation(input)).toEqual({ code, note: input });
  });

  it('tolerates spaces, leading zeros and a "lớp" prefix, and normalizes the note', () => {
    expect(parseEducation(' 9 / 12 ')).toEqual({ code: 'THCS', note: '9/12' });
    expect(parseEducation('07/10')).toEqual({ code: 'THCS', note: '7/10' });
    expect(parseEducation('Lớp 12/12')).toEqual({ code: 'THPT', note: '12/12' });
  });

  it('accepts level names without a note', () => {
    expect(parseEducation('Cấp 2')).toEqual({ code: 'THCS' });
    expect(parseEducation('Trung học phổ thông')).toEqual({ code: 'THPT' });
    expect(parseEducation('THPT')).toEqual({ code: 'THPT' });
  });

  it('is null for impossible grades, unknown systems and nonsense', () => {
    for (const s of [
      '13/12',
      '11/10',
      '10/9',
      '5/11',
      '3/8',
      '12/0',
      '1/2/12',
      '-1/12',
      '9/12/',
      'abc',
      '',
      '   ',
    ]) {
      expect(parseEducation(s), s).toBeNull();
    }
    expect(parseEducation(null)).toBeNull();
    expect(parseEducation(undefined)).toBeNull();
  });
});
