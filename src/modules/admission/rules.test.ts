import { describe, expect, it } from 'vitest';
import {
  ageFindings,
  ageInMonths,
  applicableSteps,
  boardWarnings,
  ceremonyDeadline,
  ceremonyFindings,
  certificateFindings,
  currentStep,
  DEFAULT_SETTINGS,
  DOSSIER_ITEMS,
  dossierFindings,
  educationFindings,
  laterOrderFindings,
  missingBefore,
  orderFindings,
  planFindings,
  type SponsorFacts,
  sponsorFindings,
  voteFindings,
} from './rules.ts';

const levels = (fs: { level: string }[]) => fs.map((f) => f.level);
const S = DEFAULT_SETTINGS;

describe('age (Quy định 24-QĐ/TW 1.1, counted in months)', () => {
  it('is 18 exactly on the 18th birthday, not the day before', () => {
    expect(ageFindings('2008-03-15', '2026-03-15', 'date', 'x')).toEqual([]);
    expect(levels(ageFindings('2008-03-15', '2026-03-14', 'date', 'x'))).toEqual(['error']);
    expect(ageFindings('2008-03-15', '2026-03-14', 'date', 'x')[0]!.message).toContain('đủ 18 tuổi');
  });

  it('a decision on 29 February: born 28/2 is 18, born 1/3 is not', () => {
    expect(ageFindings('2006-02-28', '2024-02-29', 'date', 'x')).toEqual([]);
    expect(levels(ageFindings('2006-03-01', '2024-02-29', 'date', 'x'))).toEqual(['error']);
  });

  it('someone born on 29 February turns 18 on 28 February of a common year', () => {
    expect(ageFindings('2008-02-29', '2026-02-28', 'date', 'x')).toEqual([]);
    expect(levels(ageFindings('2008-02-29', '2026-02-27', 'date', 'x'))).toEqual(['error']);
  });

  it('up to a full 60 years (720 months) is fine; over 60 is flagged, not refused', () => {
    expect(ageInMonths('1966-05-10', '2026-05-10')).toBe(720);
    expect(ageFindings('1966-05-10', '2026-05-10', 'date', 'x')).toEqual([]);
    expect(ageFindings('1966-05-10', '2026-06-09', 'date', 'x')).toEqual([]);
    expect(ageInMonths('1966-05-10', '2026-06-10')).toBe(721);
    const older = ageFindings('1966-05-10', '2026-06-10', 'date', 'x');
    expect(levels(older)).toEqual(['warning']);
    expect(older[0]!.message).toContain('trên 60 tuổi');
  });

  it('counts completed months across month ends', () => {
    expect(ageInMonths('2000-01-31', '2000-02-29')).toBe(1);
    expect(ageInMonths('2000-01-31', '2000-02-28')).toBe(0);
  });
});

describe('education (Quy định 24-QĐ/TW 1.2)', () => {
  it('lower secondary or higher passes', () => {
    expect(educationFindings('THCS', false, S)).toEqual([]);
    expect(educationFindings('THPT', false, S)).toEqual([]);
  });
  it('primary only in a highland / ethnic area, and then flagged', () => {
    expect(levels(educationFindings('TIEU_HOC', false, S))).toEqual(['error']);
    expect(levels(educationFindings('TIEU_HOC', true, S))).toEqual(['warning']);
    expect(levels(educationFindings('TIEU_HOC', true, { ...S, primaryEducationInHighland: false }))).toEqual([
      'error',
    ]);
  });
  it('none or unknown is refused', () => {
    expect(levels(educationFindings('KHONG_BIET_CHU', true, S))).toEqual(['error']);
    expect(levels(educationFindings(null, false, S))).toEqual(['error']);
  });
});

describe('awareness-class certificate (Hướng dẫn 01-HD/TW 3.1, 60 months)', () => {
  it('is valid through the day before its 60-month anniversary', () => {
    expect(certificateFindings('2021-03-15', '2026-03-14', S)).toEqual([]);
    const expired = certificateFindings('2021-03-15', '2026-03-15', S);
    expect(levels(expired)).toEqual(['error']);
    expect(expired[0]!.message).toContain('hết hạn');
  });
  it('follows the configured validity', () => {
    expect(
      levels(certificateFindings('2024-01-10', '2025-01-10', { ...S, certificateValidityMonths: 12 })),
    ).toEqual(['error']);
  });
  it('may not be issued after the cell considers the admission', () => {
    expect(levels(certificateFindings('2026-02-01', '2026-01-31', S))).toEqual(['error']);
  });
});

describe('sponsors (Điều lệ Đảng, Điều 4)', () => {
  const official = (id: string, since = '2024-01-10'): SponsorFacts => ({
    memberId: id,
    fullName: `Đảng viên ${id}`,
    statusOnDate: 'OFFICIAL',
    workedTogetherSince: since,
  });

  it('two official members who worked with the person for 12 months exactly', () => {
    expect(sponsorFindings('TWO_MEMBERS', [official('a'), official('b')], false, '2025-01-10')).toEqual([]);
  });
  it('refuses a sponsor one day short of 12 months together', () => {
    const f = sponsorFindings(
      'TWO_MEMBERS',
      [official('a'), official('b', '2024-01-11')],
      false,
      '2025-01-10',
    );
    expect(f.map((x) => x.path)).toEqual(['sponsors.1.workedTogetherSince']);
    expect(f[0]!.message).toContain('12 tháng');
  });
  it('refuses a probationary sponsor or one who was not a member on the date', () => {
    const f = sponsorFindings(
      'TWO_MEMBERS',
      [
        { ...official('a'), statusOnDate: 'PROBATIONARY' },
        { ...official('b'), statusOnDate: null },
      ],
      false,
      '2025-01-10',
    );
    expect(f.map((x) => x.path)).toEqual(['sponsors.0.memberId', 'sponsors.1.memberId']);
    expect(f[0]!.message).toContain('chính thức');
  });
  it('needs exactly two distinct members', () => {
    expect(sponsorFindings('TWO_MEMBERS', [official('a')], false, '2025-01-10').map((x) => x.path)).toEqual([
      'sponsors',
    ]);
    expect(sponsorFindings('TWO_MEMBERS', [official('a'), official('a')], false, '2025-01-10')).toHaveLength(
      1,
    );
  });
  it('a youth-union member: the union resolution and one official member', () => {
    expect(sponsorFindings('YOUTH_UNION', [official('a')], true, '2025-01-10')).toEqual([]);
    expect(sponsorFindings('YOUTH_UNION', [official('a')], false, '2025-01-10').map((x) => x.path)).toEqual([
      'mode',
    ]);
    expect(sponsorFindings('YOUTH_UNION', [official('a'), official('b')], true, '2025-01-10')).toHaveLength(
      1,
    );
  });
});

describe('votes (Điều lệ Đảng, Điều 4: at least two thirds)', () => {
  it('exactly 2/3 passes; one vote less does not', () => {
    expect(voteFindings(6, 9, 'cell')).toEqual([]);
    expect(voteFindings(2, 3, 'cell')).toEqual([]);
    expect(levels(voteFindings(5, 9, 'cell'))).toEqual(['error']);
    expect(voteFindings(5, 9, 'cell')[0]!.message).toContain('cần ít nhất 6');
  });
  it('7 of 10 passes (6.67 needed), 6 of 10 does not', () => {
    expect(voteFindings(7, 10, 'committee')).toEqual([]);
    expect(levels(voteFindings(6, 10, 'committee'))).toEqual(['error']);
  });
  it('refuses more agreeing than voting, and an empty cell', () => {
    expect(voteFindings(10, 9, 'cell')[0]!.path).toBe('agree');
    expect(voteFindings(0, 0, 'cell')[0]!.path).toBe('total');
  });
});

describe('ceremony within 30 working days (Quy định 24-QĐ/TW 4.1)', () => {
  it('the 30th working day is in time, the 31st is late', () => {
    // Decision on Monday 5/1/2026: 30 working days (Mon–Fri) later is Monday 16/2/2026.
    expect(ceremonyDeadline('2026-01-05', S)).toBe('2026-02-16');
    expect(ceremonyFindings('2026-01-05', '2026-02-16', null, S)).toEqual([]);
    const late = ceremonyFindings('2026-01-05', '2026-02-17', null, S);
    expect(late.map((f) => [f.level, f.path])).toEqual([['error', 'lateApproval']]);
    expect(late[0]!.message).toContain('16/02/2026');
  });
  it('late with the upper committee consent is recorded with a warning', () => {
    expect(levels(ceremonyFindings('2026-01-05', '2026-02-17', 'CV 12 của Huyện ủy', S))).toEqual([
      'warning',
    ]);
  });
  it('a decision on 29 February 2024 (Thursday)', () => {
    expect(ceremonyDeadline('2024-02-29', S)).toBe('2024-04-11');
    expect(ceremonyFindings('2024-02-29', '2024-04-11', null, S)).toEqual([]);
    expect(levels(ceremonyFindings('2024-02-29', '2024-04-12', null, S))).toEqual(['error']);
  });
  it('weekends do not count; holidays are not known (documented)', () => {
    // Friday decision: the first working day after is Monday.
    expect(ceremonyDeadline('2026-01-09', { ...S, ceremonyWorkingDays: 1 })).toBe('2026-01-12');
  });
  it('not before the decision', () => {
    expect(levels(ceremonyFindings('2026-01-05', '2026-01-04', null, S))).toEqual(['error']);
  });
});

describe('pipeline order', () => {
  it('a grassroots cell has no grassroots committee step', () => {
    expect(applicableSteps('CHI_BO_CO_SO')).not.toContain('COMMITTEE_RESOLUTION');
    expect(applicableSteps('CHI_BO_TRUC_THUOC')).toContain('COMMITTEE_RESOLUTION');
  });
  it('the current step is the first not recorded; earlier ones must be recorded first', () => {
    const steps = applicableSteps('CHI_BO_TRUC_THUOC');
    expect(currentStep(steps, new Set())).toBe('AWARENESS_CLASS');
    expect(currentStep(steps, new Set(['AWARENESS_CLASS']))).toBe('SPONSORS');
    expect(currentStep(steps, new Set(steps))).toBeNull();
    expect(missingBefore('DOSSIER', steps, new Set(['AWARENESS_CLASS', 'SPONSORS']))).toEqual([
      'BACKGROUND_CHECK',
      'COMMENTS',
    ]);
    expect(missingBefore('AWARENESS_CLASS', steps, new Set())).toEqual([]);
  });
  it('resolutions, decision and ceremony are not dated before what they rest on', () => {
    expect(
      orderFindings('CELL_RESOLUTION', '2026-01-01', [{ step: 'DOSSIER', date: '2026-01-02' }]),
    ).toHaveLength(1);
    expect(orderFindings('CELL_RESOLUTION', '2026-01-02', [{ step: 'DOSSIER', date: '2026-01-02' }])).toEqual(
      [],
    );
    expect(orderFindings('COMMENTS', '2025-01-01', [{ step: 'SPONSORS', date: '2026-01-02' }])).toEqual([]);
    expect(laterOrderFindings('2026-02-01', [{ step: 'CELL_RESOLUTION', date: '2026-01-31' }])).toHaveLength(
      1,
    );
  });
  it('the dossier lists what is missing', () => {
    expect(dossierFindings([...DOSSIER_ITEMS])).toEqual([]);
    const f = dossierFindings(DOSSIER_ITEMS.filter((i) => i !== 'APPLICATION'));
    expect(f[0]!.message).toContain('đơn xin vào đảng');
  });
  it('plan group targets are parts of the total', () => {
    expect(planFindings({ targetTotal: 10, targetWomen: 10, targetRural: 0 })).toEqual([]);
    expect(planFindings({ targetTotal: 10, targetYouthUnion: 11 }).map((f) => f.path)).toEqual([
      'targetYouthUnion',
    ]);
  });
});

describe('board warnings', () => {
  const base = { birthDate: '1990-01-01', education: 'THPT', highlandArea: false, status: 'ACTIVE' };
  it('warns of a certificate about to expire and of the ceremony deadline', () => {
    const w = boardWarnings(
      { ...base, steps: { AWARENESS_CLASS: { date: '2021-03-15', data: {} } } },
      '2026-02-01',
      S,
    );
    expect(w).toEqual(['Giấy chứng nhận lớp nhận thức về Đảng hết hạn ngày 15/03/2026.']);
    const d = boardWarnings(
      { ...base, steps: { DECISION: { date: '2026-01-05', data: {} } } },
      '2026-02-17',
      S,
    );
    expect(d).toEqual(['Đã quá hạn tổ chức lễ kết nạp.']);
  });
  it('nothing for admitted or withdrawn candidates', () => {
    expect(
      boardWarnings({ ...base, education: null, status: 'ADMITTED', steps: {} }, '2026-01-01', S),
    ).toEqual([]);
  });
});
