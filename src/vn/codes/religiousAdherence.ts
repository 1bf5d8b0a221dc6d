import { type CodeOf, defineCodeList } from './types.ts';

// Mẫu 2-HSĐV asks whether a religious member follows the religion fully or is only influenced by it;
// the seed report counts religious members by these two groups.
export const RELIGIOUS_ADHERENCE = defineCodeList('religiousAdherence', 'Mức độ theo tôn giáo', [
  { code: 'CHINH_THONG', label: 'Theo đạo chính thống', aliases: ['Chính thống', 'Theo đạo'] },
  { code: 'ANH_HUONG', label: 'Chịu ảnh hưởng', aliases: ['Ảnh hưởng', 'Chịu ảnh hưởng tôn giáo'] },
] as const);

export type ReligiousAdherence = CodeOf<typeof RELIGIOUS_ADHERENCE>;
