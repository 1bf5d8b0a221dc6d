import { describe, expect, it } from 'vitest';
import {
  AGE_BAND,
  ETHNICITY,
  isCellKind,
  isEthnicMinority,
  isGrassrootsKind,
  isNoReligion,
  isUpperLevelKind,
  NO_RELIGION_ALIASES,
  ORG_KIND,
  resolveCode,
} from './index.ts';

describe('gender', () => {
  it('resolves the usual spellings', () => {
    for (const s of ['Nam', 'NAM', 'nam giới', 'male', 'M', 'm'])
      expect(resolveCode('gender', s)).toBe('NAM');
    for (const s of ['Nữ', 'nu', 'NỮ', 'Nữ giới', 'Female', 'F']) expect(resolveCode('gender', s)).toBe('NU');
  });
});

describe('ethnicity', () => {
  it('has the 54 codes 01–54 with the GSO names', () => {
    expect(ETHNICITY.items.map((i) => i.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const labels = Object.fromEntries(ETHNICITY.items.map((i) => [i.code, i.label]));
    expect(labels).toMatchObject({
      '01': 'Kinh',
      '04': 'Hoa',
      '05': 'Khơ-me',
      '08': 'Mông',
      '10': 'Gia-rai',
      '11': 'Ngái',
      '12': 'Ê-đê',
      '15': 'Sán Chay',
      '23': 'Bru-Vân Kiều',
      '35': 'Hà Nhì',
      '46': 'Pà Thẻn',
      '53': 'Ơ-đu',
      '54': 'Rơ-măm',
    });
  });

  it.each([
    ["H'Mông", '08'],
    ['HMông', '08'],
    ['Hmong', '08'],
    ['Mèo', '08'],
    ['Khmer', '05'],
    ['Khơ Me', '05'],
    ['Ê Đê', '12'],
    ['Êđê', '12'],
    ['Ba Na', '13'],
    ['Xơ Đăng', '14'],
    ['Gia Rai', '10'],
    ['Jrai', '10'],
    ['Thái', '03'],
    ['Thái Đen', '03'],
    ['Tày', '02'],
    ['Sán Chỉ', '15'],
    ['Cao Lan', '15'],
    ['Vân Kiều', '23'],
    ['Bru', '23'],
    ['Bru - Vân Kiều', '23'],
    ['Hà Nhì', '35'],
    ['Pà Thẻn', '46'],
    ['Lự', '42'],
    ['Mnông', '20'],
    ["M'Nông", '20'],
    ["K'Ho", '16'],
    ['Cơ Ho', '16'],
    ['Chăm', '17'],
    ['Chàm', '17'],
    ['Co', '30'],
    ['Cơ Lao', '47'],
    ['Mạ', '28'],
    ['Mường', '06'],
    ['Việt', '01'],
  ])('%s → %s', (input, code) => {
    expect(resolveCode('ethnicity', input)).toBe(code);
  });

  it('does not confuse names that fold alike', () => {
    expect(resolveCode('ethnicity', 'La Ha')).toBe('39');
    expect(resolveCode('ethnicity', 'La Hủ')).toBe('41');
    expect(resolveCode('ethnicity', 'Lào')).toBe('37');
    expect(resolveCode('ethnicity', 'Lô Lô')).toBe('43');
  });

  it('is null for unknown names', () => {
    expect(resolveCode('ethnicity', 'Nước ngoài')).toBeNull();
    expect(resolveCode('ethnicity', 'Kinh Tày')).toBeNull();
  });

  it('calls every valid code but Kinh an ethnic minority', () => {
    expect(isEthnicMinority('01')).toBe(false);
    expect(isEthnicMinority('02')).toBe(true);
    expect(isEthnicMinority('54')).toBe(true);
    expect(ETHNICITY.items.filter((i) => isEthnicMinority(i.code))).toHaveLength(53);
  });

  it('does not call unknown codes an ethnic minority', () => {
    expect(isEthnicMinority('')).toBe(false);
    expect(isEthnicMinority('55')).toBe(false);
    expect(isEthnicMinority('1')).toBe(false);
    expect(isEthnicMinority('Tày')).toBe(false);
  });
});

describe('religion', () => {
  it.each([
    ['Phật giáo', 'PHAT_GIAO'],
    ['đạo Phật', 'PHAT_GIAO'],
    ['Thiên Chúa giáo', 'CONG_GIAO'],
    ['Công giáo La Mã', 'CONG_GIAO'],
    ['Tin Lành', 'TIN_LANH'],
    ['Cao Đài', 'CAO_DAI'],
    ['Hòa Hảo', 'HOA_HAO'],
    ['Hoà Hảo', 'HOA_HAO'],
    ['Islam', 'HOI_GIAO'],
    ['Bahai', 'BAHAI'],
    ['Bahá’í', 'BAHAI'],
    ['Hindu', 'BA_LA_MON'],
    ['Bà La Môn', 'BA_LA_MON'],
    ['Mormon', 'MORMON'],
    ['Tịnh độ cư sĩ Phật hội Việt Nam', 'TINH_DO_CU_SI'],
    ['Tứ Ân Hiếu Nghĩa', 'TU_AN_HIEU_NGHIA'],
    ['Hiếu Nghĩa Tà Lơn', 'HIEU_NGHIA_TA_LON'],
    ['Khác', 'KHAC'],
  ])('%s → %s', (input, code) => {
    expect(resolveCode('religion', input)).toBe(code);
  });

  it('recognizes "no religion" and does not resolve it', () => {
    for (const s of [
      ...NO_RELIGION_ALIASES,
      'không',
      'KHÔNG',
      ' Không tôn giáo ',
      '',
      '  ',
      null,
      undefined,
    ]) {
      expect(isNoReligion(s), String(s)).toBe(true);
      expect(resolveCode('religion', s), String(s)).toBeNull();
    }
  });

  it('does not take a religion or an unknown word for "none"', () => {
    expect(isNoReligion('Phật giáo')).toBe(false);
    expect(isNoReligion('Khác')).toBe(false);
    expect(isNoReligion('Đạo Mẫu')).toBe(false);
  });
});

describe('religiousAdherence', () => {
  it('resolves both groups', () => {
    expect(resolveCode('religiousAdherence', 'chính thống')).toBe('CHINH_THONG');
    expect(resolveCode('religiousAdherence', 'Chịu ảnh hưởng')).toBe('ANH_HUONG');
  });
});

describe('education', () => {
  it.each([
    ['cấp 1', 'TIEU_HOC'],
    ['Cấp II', 'THCS'],
    ['cap 3', 'THPT'],
    ['Phổ thông trung học', 'THPT'],
    ['bổ túc', 'THPT'],
    ['PTCS', 'THCS'],
    ['Mù chữ', 'KHONG_BIET_CHU'],
  ])('%s → %s', (input, code) => {
    expect(resolveCode('education', input)).toBe(code);
  });
});

describe('professional', () => {
  it.each([
    ['cử nhân', 'DAI_HOC'],
    ['Kỹ sư', 'DAI_HOC'],
    ['Bác sỹ', 'DAI_HOC'],
    ['ĐH', 'DAI_HOC'],
    ['CĐ', 'CAO_DANG'],
    ['TC', 'TRUNG_CAP'],
    ['ThS', 'THAC_SI'],
    ['TS', 'TIEN_SI'],
    ['PGS. TS', 'TIEN_SI'],
    ['Chưa qua đào tạo', 'CHUA_DAO_TAO'],
  ])('%s → %s', (input, code) => {
    expect(resolveCode('professional', input)).toBe(code);
  });
});

describe('politicalTheory', () => {
  it.each([
    ['Sơ cấp', 'SO_CAP'],
    ['Trung cấp LLCT', 'TRUNG_CAP'],
    ['Cao cấp chính trị', 'CAO_CAP'],
    ['Cử nhân chính trị', 'CU_NHAN'],
    ['Cử nhân', 'CU_NHAN'],
  ])('%s → %s', (input, code) => {
    expect(resolveCode('politicalTheory', input)).toBe(code);
  });
});

describe('occupation', () => {
  it('resolves the full labels and common words', () => {
    expect(resolveCode('occupation', 'Nông, lâm, ngư nghiệp')).toBe('NONG_LAM_NGU');
    expect(resolveCode('occupation', 'nông dân')).toBe('NONG_LAM_NGU');
    expect(resolveCode('occupation', 'Hưu trí')).toBe('NGHI_HUU');
    expect(resolveCode('occupation', 'Sinh viên')).toBe('HS_SV');
    expect(resolveCode('occupation', 'công an')).toBe('LUC_LUONG_VU_TRANG');
  });
});

describe('orgKind predicates', () => {
  it('partitions the kinds as the Charter does', () => {
    const kinds = ORG_KIND.items.map((i) => i.code);
    expect(kinds.filter(isUpperLevelKind)).toEqual(['DANG_BO_TINH', 'DANG_BO_HUYEN', 'DANG_BO_TRUC_THUOC']);
    expect(kinds.filter(isGrassrootsKind)).toEqual(['DANG_BO_CO_SO', 'CHI_BO_CO_SO']);
    expect(kinds.filter(isCellKind)).toEqual(['CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC']);
    // Đảng bộ bộ phận sits between a grassroots committee and its cells: none of the three.
    expect(
      isUpperLevelKind('DANG_BO_BO_PHAN') ||
        isGrassrootsKind('DANG_BO_BO_PHAN') ||
        isCellKind('DANG_BO_BO_PHAN'),
    ).toBe(false);
  });
});

describe('orgSector and coverageUnitKind', () => {
  it('resolve the residential-unit names', () => {
    expect(resolveCode('orgSector', 'Thôn')).toBe('THON_BAN');
    expect(resolveCode('orgSector', 'khu phố')).toBe('TO_DAN_PHO');
    expect(resolveCode('coverageUnitKind', 'Bản')).toBe('THON_BAN');
    expect(resolveCode('coverageUnitKind', 'trạm y tế')).toBe('Y_TE');
  });
});

describe('memberStatus', () => {
  it('resolves both statuses', () => {
    expect(resolveCode('memberStatus', 'dự bị')).toBe('PROBATIONARY');
    expect(resolveCode('memberStatus', 'Đảng viên chính thức')).toBe('OFFICIAL');
  });
});

describe('ageBand', () => {
  it('resolves labels with any dash', () => {
    expect(resolveCode('ageBand', '18-30')).toBe('18-30');
    expect(resolveCode('ageBand', '18–30')).toBe('18-30');
    expect(resolveCode('ageBand', '18 — 30')).toBe('18-30');
    expect(resolveCode('ageBand', 'trên 60')).toBe('61+');
  });

  it('has eight bands in order', () => {
    expect(AGE_BAND.items.map((i) => i.code)).toEqual([
      '18-30',
      '31-35',
      '36-40',
      '41-45',
      '46-50',
      '51-55',
      '56-60',
      '61+',
    ]);
  });
});
