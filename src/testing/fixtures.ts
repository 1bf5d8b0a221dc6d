import type { CreateMemberInput } from '../modules/members/contracts.ts';
import { createMember } from '../modules/members/service.ts';
import { establishOrg } from '../modules/orgs/service.ts';
import type { Ctx } from '../platform/context.ts';

/**
 * A small tree: province LC → district TD → commune committee TD.BB (grassroots) → cells TD.BB.A and
 * TD.BB.B; and a grassroots cell TD.TRUONG under the district.
 */
export async function smallTree(ctx: Ctx): Promise<void> {
  const d = {
    effectiveDate: '2010-01-01',
    decisionNumber: '01-QĐ/TU',
    decisionDate: '2010-01-01',
    issuingBody: 'Tỉnh ủy',
  };
  await establishOrg(ctx, {
    code: 'LC',
    name: 'Đảng bộ tỉnh Lai Châu',
    kind: 'DANG_BO_TINH',
    sector: 'KHAC',
    parentCode: null,
    ...d,
  });
  await establishOrg(ctx, {
    code: 'TD',
    name: 'Đảng bộ huyện Tam Đường',
    kind: 'DANG_BO_HUYEN',
    sector: 'KHAC',
    parentCode: 'LC',
    ...d,
  });
  await establishOrg(ctx, {
    code: 'TD.BB',
    name: 'Đảng bộ xã Bản Bo',
    kind: 'DANG_BO_CO_SO',
    sector: 'XA',
    parentCode: 'TD',
    ...d,
  });
  await establishOrg(ctx, {
    code: 'TD.BB.A',
    name: 'Chi bộ bản Nà Đon',
    kind: 'CHI_BO_TRUC_THUOC',
    sector: 'THON_BAN',
    parentCode: 'TD.BB',
    ...d,
  });
  await establishOrg(ctx, {
    code: 'TD.BB.B',
    name: 'Chi bộ bản Nà Bỏ',
    kind: 'CHI_BO_TRUC_THUOC',
    sector: 'THON_BAN',
    parentCode: 'TD.BB',
    ...d,
  });
  await establishOrg(ctx, {
    code: 'TD.TRUONG',
    name: 'Chi bộ Trường THPT Tam Đường',
    kind: 'CHI_BO_CO_SO',
    sector: 'TRUONG_HOC',
    parentCode: 'TD',
    ...d,
  });
}

let serial = 0;

/** A valid member; override what the test is about. Numbers are unique per call. */
export function memberInput(overrides: Partial<CreateMemberInput> = {}): CreateMemberInput {
  serial++;
  const n = String(serial).padStart(6, '0');
  return {
    fullName: 'Nguyễn Văn An',
    birthName: null,
    gender: 'NAM',
    birthDate: '1985-04-12',
    ethnicity: '01',
    religion: null,
    religiousAdherence: null,
    hometown: 'Tam Đường, Lai Châu',
    residence: 'Bản Nà Đon, xã Bản Bo',
    citizenId: `012${n}000`,
    phone: null,
    education: 'THPT',
    professional: 'DAI_HOC',
    politicalTheory: 'TRUNG_CAP',
    foreignLanguage: null,
    occupation: 'CBCC_XA',
    jobTitle: null,
    workplace: null,
    cardNumber: `10${n}`,
    dossierNumber: `${n}LC`,
    badgeNumber: null,
    admissionDecisionDate: '2010-05-10',
    ceremonyDate: '2010-05-19',
    officialDate: '2011-05-19',
    orgCode: 'TD.BB.A',
    ...overrides,
  };
}

export async function addMember(ctx: Ctx, overrides: Partial<CreateMemberInput> = {}) {
  return (await createMember(ctx, memberInput(overrides))) as { id: string; version: number } & Record<
    string,
    unknown
  >;
}
