/**
 * What the demo plan yields. The loader turns these into database rows; nothing here touches I/O.
 * Codes are those of the project's code lists (src/vn/codes) and of the org spec.
 */
export type IsoDate = string; // 'YYYY-MM-DD'

export interface DemoOrg {
  code: string;
  name: string;
  kind:
    | 'DANG_BO_TINH'
    | 'DANG_BO_HUYEN'
    | 'DANG_BO_TRUC_THUOC'
    | 'DANG_BO_CO_SO'
    | 'CHI_BO_CO_SO'
    | 'DANG_BO_BO_PHAN'
    | 'CHI_BO_TRUC_THUOC';
  sector:
    | 'XA'
    | 'PHUONG'
    | 'THI_TRAN'
    | 'DAC_KHU'
    | 'CO_QUAN'
    | 'SU_NGHIEP'
    | 'DN_NHA_NUOC'
    | 'DN_NGOAI_NHA_NUOC'
    | 'QUAN_DOI'
    | 'CONG_AN'
    | 'THON_BAN'
    | 'TO_DAN_PHO'
    | 'TRUONG_HOC'
    | 'Y_TE'
    | 'KHAC';
  parentCode: string | null;
  establishedOn: IsoDate;
  decisionNumber: string;
  issuingBody: string;
}

export interface DemoCoverageUnit {
  code: string;
  name: string;
  kind: 'THON_BAN' | 'TO_DAN_PHO' | 'TRUONG_HOC' | 'Y_TE' | 'DOANH_NGHIEP';
  communeOrgCode: string;
  /** Usually 1; a few "sinh hoạt ghép" units share a cell; a few villages have no cell ("thôn trắng"). */
  cellCodes: string[];
  headIsMember: boolean;
}

export interface DemoMember {
  fullName: string;
  birthName: string;
  gender: 'NAM' | 'NU';
  birthDate: IsoDate;
  /** '01'..'54' */
  ethnicity: string;
  /** PHAT_GIAO, CONG_GIAO, TIN_LANH, CAO_DAI, HOA_HAO, HOI_GIAO, KHAC … */
  religion: string | null;
  religiousAdherence: 'CHINH_THONG' | 'ANH_HUONG' | null;
  hometown: string;
  residence: string;
  /** 12 digits, unique */
  citizenId: string;
  phone: string | null;
  education: string;
  professional: string;
  politicalTheory: string;
  foreignLanguage: string | null;
  occupation: string;
  jobTitle: string | null;
  workplace: string | null;
  /** 8 digits unique; null for probationary */
  cardNumber: string | null;
  /** 6 digits + province letters e.g. '012345LC', unique */
  dossierNumber: string;
  admissionDecisionDate: IsoDate;
  ceremonyDate: IsoDate;
  /** ceremony + 12 months (+ a few days); null = probationary, whose ceremony is within the 12 months before asOf */
  officialDate: IsoDate | null;
  cellCode: string;
}
