/**
 * What the demo plan yields. The loader turns these into database rows; nothing here touches I/O.
 * Codes are those of the project's code lists (src/vn/codes) and of the org spec.
 */
import type { MembershipEventType } from '../../lifecycle/eventTypes.ts';

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
  /** The cell the member is in as of asOf; for a former member, the last one. */
  cellCode: string;
  /** Membership events, oldest first, as the services would have recorded them (history.ts). */
  history: DemoEvent[];
  /** When membership ended, for a former member (not on the roll as of asOf); null for members. */
  leftOn: IsoDate | null;
}

/** One membership event; orgs by code, the loader turns them into ids. */
export interface DemoEvent {
  type: MembershipEventType;
  date: IsoDate;
  /** The event's org (admitting, receiving, destination cell), as initialEvents and the services set it. */
  orgCode: string | null;
  /** The member's org when the event happened, for events on a member already in the system. */
  fromOrgCode: string | null;
  decisionDate: IsoDate | null;
  details: Record<string, unknown>;
}
