import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CODE_LISTS,
  type CodeIn,
  type CodeListName,
  isCode,
  isCodeListName,
  labelOf,
  type OrgKind,
  resolveCode,
} from './index.ts';
import { indexOf } from './matchKey.ts';

const names = Object.keys(CODE_LISTS) as CodeListName[];

describe('CODE_LISTS', () => {
  it.each(names)('%s: key matches the list name, codes are unique, labels are set', (name) => {
    const list = CODE_LISTS[name];
    expect(list.name).toBe(name);
    expect(list.label).not.toBe('');
    const codes = list.items.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const item of list.items) {
      expect(item.label.trim()).toBe(item.label);
      expect(item.label.normalize('NFC')).toBe(item.label);
      expect(item.label).not.toBe('');
    }
  });

  it.each(names)('%s: no two items share a code, label or alias once folded', (name) => {
    expect(() => indexOf(CODE_LISTS[name])).not.toThrow();
  });

  it.each(names)('%s: every code, label and alias resolves to its own item', (name) => {
    for (const item of CODE_LISTS[name].items) {
      const aliases: readonly string[] = 'aliases' in item && item.aliases ? item.aliases : [];
      for (const text of [item.code, item.label, ...aliases]) {
        expect(resolveCode(name, text), text).toBe(item.code);
      }
    }
  });

  it('has the lists the spec asks for', () => {
    expect(names.sort()).toEqual(
      [
        'ageBand',
        'coverageUnitKind',
        'education',
        'ethnicity',
        'gender',
        'memberStatus',
        'occupation',
        'orgKind',
        'orgSector',
        'politicalTheory',
        'professional',
        'religion',
        'religiousAdherence',
      ].sort(),
    );
  });
});

describe('labelOf', () => {
  it('gives the Vietnamese label', () => {
    expect(labelOf('gender', 'NU')).toBe('Nữ');
    expect(labelOf('ethnicity', '08')).toBe('Mông');
    expect(labelOf('orgKind', 'CHI_BO_TRUC_THUOC')).toBe('Chi bộ trực thuộc');
    expect(labelOf('ageBand', '61+')).toBe('Trên 60');
  });

  it('is null for codes not in the list, including labels and other cases', () => {
    expect(labelOf('gender', 'Nữ')).toBeNull();
    expect(labelOf('gender', 'nu')).toBeNull();
    expect(labelOf('ethnicity', '8')).toBeNull();
    expect(labelOf('ethnicity', '55')).toBeNull();
    expect(labelOf('religion', '')).toBeNull();
    expect(labelOf('religion', 'toString')).toBeNull();
  });
});

describe('isCode', () => {
  it('accepts only exact codes', () => {
    expect(isCode('orgKind', 'DANG_BO_CO_SO')).toBe(true);
    expect(isCode('orgKind', 'dang_bo_co_so')).toBe(false);
    expect(isCode('orgKind', 'Đảng bộ cơ sở')).toBe(false);
    expect(isCode('ethnicity', '01')).toBe(true);
    expect(isCode('ethnicity', '1')).toBe(false);
    expect(isCode('ethnicity', 1)).toBe(false);
    expect(isCode('gender', null)).toBe(false);
    expect(isCode('gender', ' NAM')).toBe(false);
  });

  it('narrows the type', () => {
    const value: unknown = 'CHI_BO_CO_SO';
    if (isCode('orgKind', value)) expectTypeOf(value).toEqualTypeOf<OrgKind>();
    expectTypeOf<CodeIn<'orgKind'>>().toEqualTypeOf<OrgKind>();
  });
});

describe('isCodeListName', () => {
  it('knows the list names only', () => {
    expect(isCodeListName('religion')).toBe(true);
    expect(isCodeListName('toString')).toBe(false);
    expect(isCodeListName('')).toBe(false);
  });
});

describe('resolveCode', () => {
  it('ignores case, diacritics, spacing, hyphens and apostrophes', () => {
    expect(resolveCode('ethnicity', 'KHƠ-ME')).toBe('05');
    expect(resolveCode('ethnicity', '  khome ')).toBe('05');
    expect(resolveCode('ethnicity', 'Ê Đê')).toBe('12');
    expect(resolveCode('ethnicity', 'ede')).toBe('12');
    expect(resolveCode('ethnicity', 'H’Mông')).toBe('08');
    expect(resolveCode('ethnicity', 'Hʼmông')).toBe('08');
    expect(resolveCode('ethnicity', 'h mong')).toBe('08');
    expect(resolveCode('orgSector', 'thon ban')).toBe('THON_BAN');
  });

  it('treats NFD input like NFC', () => {
    expect(resolveCode('religion', 'Phật giáo Hòa Hảo'.normalize('NFD'))).toBe('HOA_HAO');
    expect(resolveCode('gender', 'Nữ'.normalize('NFD'))).toBe('NU');
  });

  it('treats i and y alike', () => {
    expect(resolveCode('professional', 'Kĩ sư')).toBe('DAI_HOC');
    expect(resolveCode('professional', 'Thạc sỹ')).toBe('THAC_SI');
    expect(resolveCode('politicalTheory', 'Cao cấp lí luận chính trị')).toBe('CAO_CAP');
  });

  it('accepts numeric ethnicity codes without the leading zero', () => {
    expect(resolveCode('ethnicity', '1')).toBe('01');
    expect(resolveCode('ethnicity', '01')).toBe('01');
    expect(resolveCode('ethnicity', '54')).toBe('54');
    expect(resolveCode('ethnicity', '55')).toBeNull();
    expect(resolveCode('ethnicity', '0')).toBeNull();
  });

  it('is null for blank, unknown or missing input', () => {
    expect(resolveCode('gender', '')).toBeNull();
    expect(resolveCode('gender', '   ')).toBeNull();
    expect(resolveCode('gender', "'-")).toBeNull();
    expect(resolveCode('gender', null)).toBeNull();
    expect(resolveCode('gender', undefined)).toBeNull();
    expect(resolveCode('gender', 'X')).toBeNull();
    expect(resolveCode('religion', 'Không')).toBeNull();
    expect(resolveCode('religion', '__proto__')).toBeNull();
  });

  it('returns the list’s code type', () => {
    expectTypeOf(resolveCode('orgKind', 'x')).toEqualTypeOf<OrgKind | null>();
  });
});
