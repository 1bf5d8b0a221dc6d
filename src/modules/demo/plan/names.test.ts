import { describe, expect, it } from 'vitest';
import { personName } from './names.ts';
import { createRng } from './random.ts';

function sample(ethnicity: string, gender: 'NAM' | 'NU', n = 200, south = false) {
  const rng = createRng(`names-${ethnicity}-${gender}`);
  return Array.from({ length: n }, () => personName(rng, ethnicity, gender, 1985, south));
}

describe('personName', () => {
  it('gives Mông names with Mông clan names and middles', () => {
    const men = sample('08', 'NAM');
    const clans = [
      'Giàng',
      'Vàng',
      'Thào',
      'Sùng',
      'Lý',
      'Hạng',
      'Lầu',
      'Mùa',
      'Hảng',
      'Chảo',
      'Vừ',
      'Hầu',
      'Tráng',
      'Ly',
      'Cứ',
      'Lồ',
    ];
    for (const { birthName } of men) expect(clans).toContain(birthName.split(' ')[0]);
    expect(men.some((m) => m.birthName.split(' ')[1] === 'A')).toBe(true);
    expect(men.some((m) => m.birthName.split(' ')[1] === 'Seo')).toBe(true);
    expect(sample('08', 'NU').every((w) => ['Thị', 'Mỷ'].includes(w.birthName.split(' ')[1] as string))).toBe(
      true,
    );
  });

  it('gives Dao, Thái and Ê-đê names their shapes', () => {
    expect(sample('09', 'NU').some((w) => w.birthName.split(' ')[1] === 'Mý')).toBe(true);
    expect(sample('09', 'NAM').some((w) => w.birthName.split(' ')[1] === 'Láo')).toBe(true);
    expect(sample('03', 'NAM').every((m) => m.birthName.split(' ')[1] === 'Văn')).toBe(true);
    expect(sample('12', 'NU').every((w) => w.birthName.startsWith("H'"))).toBe(true);
    expect(sample('12', 'NAM').every((m) => m.birthName.startsWith('Y '))).toBe(true);
  });

  it('writes Kinh names with diacritics, Nguyễn the commonest surname', () => {
    const names = sample('01', 'NAM', 2000);
    const nguyen = names.filter((n) => n.birthName.startsWith('Nguyễn ')).length;
    expect(nguyen / names.length).toBeGreaterThan(0.2);
    expect(names.every((n) => n.fullName.split(' ').length >= 3)).toBe(true);
    expect(sample('01', 'NAM', 2000, true).some((n) => n.birthName.startsWith('Huỳnh '))).toBe(true);
  });

  it('falls back for groups without a list and keeps birth names mostly equal', () => {
    for (const code of ['46', '47', '49', '53', '99']) {
      for (const n of sample(code, 'NU', 20)) expect(n.fullName.length).toBeGreaterThan(5);
    }
    const names = sample('01', 'NU', 3000);
    const differ = names.filter((n) => n.fullName !== n.birthName).length;
    expect(differ).toBeGreaterThan(0);
    expect(differ / names.length).toBeLessThan(0.03);
  });
});
