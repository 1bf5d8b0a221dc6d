import { type CodeOf, defineCodeList } from './types.ts';

// A member's standing (Điều lệ Đảng, Điều 5). More statuses (exempt, in transit…) are added here as
// the lifecycle module needs them; the union type follows.
export const MEMBER_STATUS = defineCodeList('memberStatus', 'Trạng thái đảng viên', [
  { code: 'PROBATIONARY', label: 'Dự bị', aliases: ['Đảng viên dự bị'] },
  { code: 'OFFICIAL', label: 'Chính thức', aliases: ['Đảng viên chính thức'] },
] as const);

export type MemberStatus = CodeOf<typeof MEMBER_STATUS>;
