import { describe, expect, it } from 'vitest';
import {
  coalesce,
  covers,
  holdsWholeLives,
  OPEN_END,
  type OrgVersionEdge,
  subtreeIntervals,
} from './intervals.ts';

const v = (orgId: string, parentId: string | null, validFrom: string, validTo: string | null = null) =>
  ({ orgId, parentId, validFrom, validTo }) satisfies OrgVersionEdge;

describe('coalesce', () => {
  it('merges touching and overlapping intervals, in date order', () => {
    expect(
      coalesce([
        { from: '2020-03-01', to: '2020-04-01' },
        { from: '2020-01-01', to: '2020-02-01' },
        { from: '2020-02-01', to: '2020-03-15' },
        { from: '2021-01-01', to: OPEN_END },
      ]),
    ).toEqual([
      { from: '2020-01-01', to: '2020-04-01' },
      { from: '2021-01-01', to: OPEN_END },
    ]);
  });
});

describe('subtreeIntervals', () => {
  it('gives the root while it exists and descendants while their chain reaches it', () => {
    const s = subtreeIntervals('X', [
      v('X', 'P', '2010-01-01'),
      v('A', 'X', '2012-01-01'),
      v('B', 'A', '2013-05-01', '2015-01-01'),
      v('C', 'P', '2010-01-01'),
    ]);
    expect(s.get('X')).toEqual([{ from: '2010-01-01', to: OPEN_END }]);
    expect(s.get('A')).toEqual([{ from: '2012-01-01', to: OPEN_END }]);
    expect(s.get('B')).toEqual([{ from: '2013-05-01', to: '2015-01-01' }]);
    expect(s.has('C')).toBe(false);
    expect(s.has('P')).toBe(false);
  });

  it('follows moves in and out, and a parent moving carries its children', () => {
    const s = subtreeIntervals('X', [
      v('X', null, '2010-01-01'),
      v('Y', null, '2010-01-01'),
      // A under Y, moved under X in 2015, back to Y in 2018
      v('A', 'Y', '2010-01-01', '2015-01-01'),
      v('A', 'X', '2015-01-01', '2018-01-01'),
      v('A', 'Y', '2018-01-01'),
      v('A1', 'A', '2011-01-01'),
      // a rename of B (new version, same parent) does not split its interval
      v('B', 'X', '2010-01-01', '2016-06-01'),
      v('B', 'X', '2016-06-01'),
    ]);
    expect(s.get('A')).toEqual([{ from: '2015-01-01', to: '2018-01-01' }]);
    expect(s.get('A1')).toEqual([{ from: '2015-01-01', to: '2018-01-01' }]);
    expect(s.get('B')).toEqual([{ from: '2010-01-01', to: OPEN_END }]);
    expect(covers(s.get('A')!, '2014-12-31')).toBe(false);
    expect(covers(s.get('A')!, '2015-01-01')).toBe(true);
    expect(covers(s.get('A')!, '2017-12-31')).toBe(true);
    expect(covers(s.get('A')!, '2018-01-01')).toBe(false);
  });

  it('handles orgs that swap places over time (never a cycle on one day)', () => {
    const s = subtreeIntervals('X', [
      v('X', null, '2000-01-01'),
      v('A', 'X', '2000-01-01', '2020-01-01'),
      v('A', 'B', '2020-01-01'),
      v('B', 'A', '2000-01-01', '2020-01-01'),
      v('B', 'X', '2020-01-01'),
    ]);
    expect(s.get('A')).toEqual([{ from: '2000-01-01', to: OPEN_END }]);
    expect(s.get('B')).toEqual([{ from: '2000-01-01', to: OPEN_END }]);
  });

  it('an org that did not exist yet, or a dissolved root, has no days in the subtree', () => {
    const s = subtreeIntervals('X', [v('X', null, '2012-01-01', '2019-01-01'), v('A', 'X', '2010-01-01')]);
    expect(s.get('A')).toEqual([{ from: '2012-01-01', to: '2019-01-01' }]);
    expect(subtreeIntervals('nope', [v('A', null, '2010-01-01')]).size).toBe(0);
  });
});

describe('holdsWholeLives', () => {
  const tree = [
    v('R', null, '2010-01-01'),
    v('A', 'R', '2011-01-01', '2014-01-01'),
    v('A', 'R', '2014-01-01'),
    v('B', 'A', '2012-06-01', '2020-01-01'),
  ];
  it('is true when every org was under the root on every day it existed', () => {
    expect(holdsWholeLives(tree, subtreeIntervals('R', tree))).toBe(true);
  });
  it('is false when an org was elsewhere for a while (a root of its own before joining)', () => {
    const joined = [...tree, v('C', null, '2012-01-01', '2015-01-01'), v('C', 'A', '2015-01-01')];
    expect(holdsWholeLives(joined, subtreeIntervals('R', joined))).toBe(false);
  });
  it('is false for a subtree below the root', () => {
    expect(holdsWholeLives(tree, subtreeIntervals('A', tree))).toBe(false);
  });
});
