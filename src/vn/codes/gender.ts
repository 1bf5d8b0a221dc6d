import { type CodeOf, defineCodeList } from './types.ts';

export const GENDER = defineCodeList('gender', 'Giới tính', [
  { code: 'NAM', label: 'Nam', aliases: ['Nam giới', 'Male', 'M'] },
  { code: 'NU', label: 'Nữ', aliases: ['Nữ giới', 'Female', 'F'] },
] as const);

export type Gender = CodeOf<typeof GENDER>;
