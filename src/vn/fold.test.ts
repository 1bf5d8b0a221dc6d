import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeText } from './fold.ts';

describe('normalizeText', () => {
  it('composes decomposed (NFD) input', () => {
    const nfd = 'Nguyễn Văn Ấn'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn Ấn');
    expect(normalizeText(nfd)).toBe('Nguyễn Văn Ấn'.normalize('NFC'));
  });

  it('trims and collapses every kind of whitespace', () => {
    expect(normalizeText('  Trần\t\tThị \u00A0 Hoa\n ')).toBe('Trần Thị Hoa');
    expect(normalizeText('Lê\u3000Lợi')).toBe('Lê Lợi');
  });

  it('removes zero-width characters', () => {
    expect(normalizeText('Ng\u200Buyễn\uFEFF Văn\u200D A')).toBe('Nguyễn Văn A');
  });

  it('keeps case and diacritics', () => {
    expect(normalizeText('ĐẶNG thị Ánh')).toBe('ĐẶNG thị Ánh');
  });

  it('handles empty and blank input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \t\n ')).toBe('');
  });
});

describe('foldVietnamese', () => {
  it('removes diacritics and lowercases', () => {
    expect(foldVietnamese('Nguyễn Văn A')).toBe('nguyen van a');
    expect(foldVietnamese('Trần Thị Ánh Tuyết')).toBe('tran thi anh tuyet');
    expect(foldVietnamese('ỨNG HÒA')).toBe('ung hoa');
  });

  it('folds đ/Đ and the look-alike eth to d', () => {
    expect(foldVietnamese('Đặng Đức Đạt')).toBe('dang duc dat');
    expect(foldVietnamese('\u00D0ồng Nai')).toBe('dong nai');
  });

  it('treats NFC and NFD input the same', () => {
    const s = 'Phạm Thị Hường Ễ Ữ';
    expect(foldVietnamese(s.normalize('NFD'))).toBe(foldVietnamese(s.normalize('NFC')));
    expect(foldVietnamese(s)).toBe('pham thi huong e u');
  });

  it('treats old and new tone placement the same', () => {
    expect(foldVietnamese('Hoà')).toBe(foldVietnamese('Hòa'));
    expect(foldVietnamese('Thuý')).toBe(foldVietnamese('Thúy'));
  });

  it('collapses whitespace and trims', () => {
    expect(foldVietnamese('  Lê   Văn\u00A0\tBình  ')).toBe('le van binh');
  });

  it('leaves ASCII punctuation and digits alone', () => {
    expect(foldVietnamese("H'Mông 12/12")).toBe("h'mong 12/12");
  });

  it('strips marks from other Latin scripts and the Turkish dotted I', () => {
    expect(foldVietnamese('Çağla Müller İstanbul')).toBe('cagla muller istanbul');
  });

  it('handles empty and blank input', () => {
    expect(foldVietnamese('')).toBe('');
    expect(foldVietnamese('   ')).toBe('');
  });
});
