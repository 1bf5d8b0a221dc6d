import { describe, expect, it } from 'vitest';
import { comparePersonNames, personSortKey } from './personSort.ts';

// Byte order, as PostgreSQL COLLATE "C" compares.
function byKey(names: readonly string[]): string[] {
  return [...names].sort((a, b) =>
    Buffer.compare(Buffer.from(personSortKey(a)), Buffer.from(personSortKey(b))),
  );
}

describe('personSortKey', () => {
  it('is ASCII only', () => {
    for (const name of ['Nguyễn Thị Ánh Tuyết', 'ĐẶNG VĂN ĐẠT', 'Ksor H’Bia', 'Lý 李 Ngọc', 'Ưng Ơn']) {
      expect(personSortKey(name)).toMatch(/^[\x20-\x7E]*$/);
    }
  });

  it('sorts by given name, then middle names, then family name', () => {
    const names = ['Lê Văn Bình', 'Trần Thị Ánh', 'Nguyễn Văn An'];
    expect(byKey(names)).toEqual(['Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Văn Bình']);
  });

  it('uses middle names in order when given names are equal', () => {
    const names = ['Nguyễn Văn Minh An', 'Nguyễn Thị An', 'Nguyễn Văn An', 'Nguyễn Thị Minh An'];
    expect(byKey(names)).toEqual([
      'Nguyễn Thị An',
      'Nguyễn Thị Minh An',
      'Nguyễn Văn An',
      'Nguyễn Văn Minh An',
    ]);
  });

  it('compares middle names as a group, fewer first', () => {
    expect(byKey(['Lê Thị Minh An', 'Nguyễn Thị An', 'Trần An'])).toEqual([
      'Trần An',
      'Nguyễn Thị An',
      'Lê Thị Minh An',
    ]);
  });

  it('uses the family name last', () => {
    expect(byKey(['Trần Văn An', 'Lê Văn An', 'Đỗ Văn An', 'Dương Văn An', 'Bùi Văn An'])).toEqual([
      'Bùi Văn An',
      'Dương Văn An',
      'Đỗ Văn An',
      'Lê Văn An',
      'Trần Văn An',
    ]);
  });

  it('puts d before đ', () => {
    expect(byKey(['Đặng Văn Đạt', 'Đặng Văn Dũng', 'Đặng Văn Duy'])).toEqual([
      'Đặng Văn Dũng',
      'Đặng Văn Duy',
      'Đặng Văn Đạt',
    ]);
  });

  it('orders a ă â, e ê, o ô ơ, u ư as separate letters', () => {
    expect(byKey(['Ân', 'An', 'Ăn', 'Anh', 'Bá'])).toEqual(['An', 'Anh', 'Ăn', 'Ân', 'Bá']);
    expect(byKey(['Ơn', 'Ôn', 'On', 'Oanh'])).toEqual(['Oanh', 'On', 'Ôn', 'Ơn']);
    expect(byKey(['Ưng', 'Ung', 'Uy'])).toEqual(['Ung', 'Uy', 'Ưng']);
    expect(byKey(['Êm', 'Em', 'Ez'])).toEqual(['Em', 'Ez', 'Êm']);
  });

  it('places f j w z among the Latin letters', () => {
    expect(byKey(['Zoe', 'Wendy', 'John', 'Frank', 'Giang', 'Vân', 'Xuân', 'Yến'])).toEqual([
      'Frank',
      'Giang',
      'John',
      'Vân',
      'Wendy',
      'Xuân',
      'Yến',
      'Zoe',
    ]);
  });

  it('orders tones ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    expect(byKey(['Mạ', 'Má', 'Mã', 'Mả', 'Mà', 'Ma'])).toEqual(['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ']);
  });

  it('compares tones only when all letters of all words are equal', () => {
    // "Ánh" vs "Anh": the tone difference is ignored while another letter differs.
    expect(byKey(['Lê Thị Ánh', 'Lê Thị Anh B', 'Lê Thị Anh'])).toEqual([
      'Lê Thị Anh',
      'Lê Thị Ánh',
      'Lê Thị Anh B',
    ]);
    expect(byKey(['Trần Văn Á', 'Lê Văn A'])).toEqual(['Lê Văn A', 'Trần Văn Á']);
    expect(byKey(['Lê Văn Á', 'Lê Văn A'])).toEqual(['Lê Văn A', 'Lê Văn Á']);
    // Given names agree in letters and tones; the family name's tone decides.
    expect(byKey(['Lý Văn An', 'Ly Văn An'])).toEqual(['Ly Văn An', 'Lý Văn An']);
  });

  it('puts a shorter name that is a prefix first', () => {
    expect(byKey(['Nguyễn Văn An', 'An', 'Văn An'])).toEqual(['An', 'Văn An', 'Nguyễn Văn An']);
    expect(byKey(['Lê Văn An', 'Lê Văn An Bình'])).toEqual(['Lê Văn An', 'Lê Văn An Bình']);
    expect(byKey(['Lê Anh', 'Lê An'])).toEqual(['Lê An', 'Lê Anh']);
  });

  it('ignores case, spacing, NFD input and tone placement', () => {
    const key = personSortKey('Nguyễn Thị Hòa');
    expect(personSortKey('NGUYỄN THỊ HÒA')).toBe(key);
    expect(personSortKey('  nguyễn   thị\u00A0hòa ')).toBe(key);
    expect(personSortKey('Nguyễn Thị Hòa'.normalize('NFD'))).toBe(key);
    expect(personSortKey('Nguyễn Thị Hoà')).toBe(key);
  });

  it('ignores apostrophes and hyphens inside words', () => {
    expect(personSortKey('Ksor H’Bia')).toBe(personSortKey("Ksor H'Bia"));
    expect(personSortKey("Ksor H'Bia")).toBe(personSortKey('Ksor HBia'));
    expect(personSortKey('Nguyễn - An')).toBe(personSortKey('Nguyễn An'));
  });

  it('shows the layout: given, middle names, family, then tones', () => {
    expect(personSortKey('Nguyễn Thị Minh Khai')).toBe('khai,thi-minh,nguye|n 0-5-0-3');
    expect(personSortKey('Đặng Ân')).toBe('a}n,,d|a|ng 0-5');
    expect(personSortKey('Ư')).toBe('u|,, 0');
  });

  it('returns an empty key for blank input, sorting it first', () => {
    expect(personSortKey('')).toBe('');
    expect(personSortKey('  \t ')).toBe('');
    expect(personSortKey("' -")).toBe('');
    expect(byKey(['An', ''])).toEqual(['', 'An']);
  });

  it('sorts letters from other scripts after z, deterministically', () => {
    expect(byKey(['Lý 李', 'Lý Zung', 'Lý An'])).toEqual(['Lý An', 'Lý Zung', 'Lý 李']);
    expect(personSortKey('Lý 李')).not.toBe(personSortKey('Lý 王'));
  });

  it('agrees with the ICU Vietnamese collation on single words', () => {
    const words = [
      'a',
      'à',
      'ả',
      'ã',
      'á',
      'ạ',
      'ă',
      'ằ',
      'ẳ',
      'ẵ',
      'ắ',
      'ặ',
      'â',
      'ầ',
      'ẩ',
      'ẫ',
      'ấ',
      'ậ',
      'an',
      'anh',
      'ăn',
      'ăng',
      'ân',
      'âng',
      'bà',
      'ba',
      'cá',
      'chanh',
      'dao',
      'dũng',
      'duy',
      'đạt',
      'đào',
      'e',
      'ê',
      'ế',
      'gia',
      'giang',
      'hà',
      'hải',
      'hương',
      'hưng',
      'huy',
      'i',
      'kiên',
      'lan',
      'lê',
      'linh',
      'mai',
      'minh',
      'nga',
      'ngà',
      'ngân',
      'nguyễn',
      'o',
      'ô',
      'ơ',
      'ớt',
      'phúc',
      'quân',
      'quang',
      'sơn',
      'tâm',
      'thảo',
      'thư',
      'thu',
      'trang',
      'tú',
      'tư',
      'u',
      'ư',
      'vân',
      'xuân',
      'yến',
      'y',
    ];
    const icu = new Intl.Collator('vi', { sensitivity: 'accent' });
    expect(byKey(words)).toEqual([...words].sort(icu.compare));
  });
});

describe('comparePersonNames', () => {
  it('matches the byte order of the keys', () => {
    const names = [
      'Lê Văn Bình',
      'Trần Thị Ánh',
      'Nguyễn Văn An',
      'Đặng Văn Đạt',
      'Đặng Văn Dũng',
      'Mạ',
      'Ma',
    ];
    expect([...names].sort(comparePersonNames)).toEqual(byKey(names));
  });

  it('returns -1, 0 or 1', () => {
    expect(comparePersonNames('Nguyễn Văn An', 'Lê Văn Bình')).toBe(-1);
    expect(comparePersonNames('Lê Văn Bình', 'Nguyễn Văn An')).toBe(1);
    expect(comparePersonNames('LÊ VĂN BÌNH', 'lê văn bình')).toBe(0);
  });
});
