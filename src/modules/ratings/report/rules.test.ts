import { describe, expect, it } from 'vitest';
import { levelColumns } from './columns.ts';
import { buildYears, type CountRow } from './rules.ts';
import { EXCELLENT_TARGET, GOOD_OR_BETTER_TARGET, meets } from './targets.ts';

const row = (year: number, grp: CountRow['grp'], ruleSet: string, level: string, n: number): CountRow => ({
  year,
  grp,
  ruleSet,
  level,
  n,
});

describe('targets', () => {
  it('> 90% excludes exactly 90%', () => {
    expect(meets(GOOD_OR_BETTER_TARGET, 9, 10)).toBe(false);
    expect(meets(GOOD_OR_BETTER_TARGET, 901, 1000)).toBe(true);
    expect(meets(GOOD_OR_BETTER_TARGET, 0, 0)).toBeNull();
  });
  it('10–15% includes both ends', () => {
    expect(meets(EXCELLENT_TARGET, 10, 100)).toBe(true);
    expect(meets(EXCELLENT_TARGET, 15, 100)).toBe(true);
    expect(meets(EXCELLENT_TARGET, 9, 100)).toBe(false);
    expect(meets(EXCELLENT_TARGET, 151, 1000)).toBe(false);
  });
});

describe('buildYears', () => {
  it('lists the full scale of each year in rank order, zeros included', () => {
    const [y] = buildYears([row(2020, 'MEMBER', 'QD132', 'HTNV', 3)], 2020, 2020);
    expect(y!.members.levels).toEqual([
      { code: 'HTXSNV', label: 'Hoàn thành xuất sắc nhiệm vụ', count: 0 },
      { code: 'HTTNV', label: 'Hoàn thành tốt nhiệm vụ', count: 0 },
      { code: 'HTNV', label: 'Hoàn thành nhiệm vụ', count: 3 },
      { code: 'KHTNV', label: 'Không hoàn thành nhiệm vụ', count: 0 },
    ]);
    expect(y!.members.shares.goodOrBetter).toMatchObject({ count: 0, percent: 0, met: false });
  });

  it("takes an empty year's scale from the regulation governing it (2025: the setting, 366)", () => {
    const ids = buildYears([], 2016, 2025).map((y) => y.scale.id);
    expect(ids).toEqual([
      'UNTIL_2017',
      'UNTIL_2017',
      'QD132',
      'QD132',
      'QD132',
      'QD132',
      'QD132',
      'QD124',
      'QD124',
      'QD366',
    ]);
  });

  it('keeps a rating decided under another scale in that year under its own code, after the scale', () => {
    const [y] = buildYears(
      [row(2017, 'GRASSROOTS', 'UNTIL_2017', 'TSVM', 2), row(2017, 'GRASSROOTS', 'QD132', 'KHTNV', 1)],
      2017,
      2017,
    );
    expect(y!.scale.id).toBe('UNTIL_2017');
    expect(y!.grassroots.levels.map((l) => [l.code, l.count])).toEqual([
      ['TSVM', 2],
      ['HTTNV', 0],
      ['HTNV', 0],
      ['YEU_KEM', 0],
      ['KHTNV', 1],
    ]);
    expect(y!.grassroots.rated).toBe(3);
    expect(y!.grassroots.shares.excellent).toMatchObject({ code: 'TSVM', count: 2 });
  });

  it('counts PARTIAL orgs in no group', () => {
    const [y] = buildYears([row(2019, 'PARTIAL', 'QD132', 'HTTNV', 4)], 2019, 2019);
    expect(y!.grassroots.rated + y!.subordinateCells.rated + y!.members.rated).toBe(0);
  });

  it("gives the table one column per level of every year's scale, best first", () => {
    const years = buildYears([], 2017, 2018);
    expect(levelColumns(years, 'grassroots').map((c) => c.code)).toEqual([
      'TSVM',
      'HTXSNV',
      'HTTNV',
      'HTNV',
      'YEU_KEM',
      'KHTNV',
    ]);
    expect(levelColumns(years, 'members').map((c) => c.code)).toEqual([
      'HTXSNV',
      'HTTNV',
      'HTNV',
      'VI_PHAM_TU_CACH',
      'KHTNV',
    ]);
  });
});
