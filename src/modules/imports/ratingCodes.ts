/**
 * The XepLoai sheet's vocabulary: the period (Kỳ), the subject (Đối tượng) and the level (Xếp loại).
 * A level is one code whatever the regulation: which codes a period accepts is the scale in force
 * then (ratings/scales), checked when the rows are planned. Labels are the regulations' own words;
 * the aliases are the short forms offices' spreadsheets use.
 */
import { findItem } from '../../vn/codes/matchKey.ts';
import { defineCodeList } from '../../vn/codes/types.ts';
import type { LevelCode } from '../ratings/scales/index.ts';

export const RATING_PERIODS = defineCodeList('ratingPeriod', 'Kỳ xếp loại', [
  { code: 'NAM', label: 'Năm', aliases: ['Cả năm', 'Hằng năm', 'Y'] },
  { code: 'Q1', label: 'Quý 1', aliases: ['Quý I'] },
  { code: 'Q2', label: 'Quý 2', aliases: ['Quý II'] },
  { code: 'Q3', label: 'Quý 3', aliases: ['Quý III'] },
  { code: 'Q4', label: 'Quý 4', aliases: ['Quý IV'] },
] as const);

export const RATING_SUBJECTS = defineCodeList('ratingSubject', 'Đối tượng xếp loại', [
  { code: 'DV', label: 'Đảng viên', aliases: ['Cá nhân'] },
  { code: 'TC', label: 'Tổ chức', aliases: ['Tổ chức đảng', 'Tập thể'] },
] as const);

export const RATING_LEVELS = defineCodeList('ratingLevel', 'Mức xếp loại', [
  { code: 'TSVM', label: 'Trong sạch, vững mạnh', aliases: ['Vững mạnh'] },
  {
    code: 'HTXSNV',
    label: 'Hoàn thành xuất sắc nhiệm vụ',
    aliases: ['HTXS', 'Xuất sắc', 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ'],
  },
  {
    code: 'HTTNV',
    label: 'Hoàn thành tốt nhiệm vụ',
    aliases: ['HTT', 'Tốt', 'Đủ tư cách, hoàn thành tốt nhiệm vụ'],
  },
  {
    code: 'HTNV',
    label: 'Hoàn thành nhiệm vụ',
    aliases: ['HT', 'Hoàn thành', 'Đủ tư cách, hoàn thành nhiệm vụ'],
  },
  { code: 'KHTNV', label: 'Không hoàn thành nhiệm vụ', aliases: ['KHT', 'Không hoàn thành'] },
  { code: 'YEU_KEM', label: 'Yếu kém', aliases: ['YK', 'Yếu'] },
  {
    code: 'VI_PHAM_TU_CACH',
    label: 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ',
    aliases: ['Vi phạm tư cách', 'VPTC'],
  },
] as const satisfies readonly { code: LevelCode; label: string; aliases?: readonly string[] }[]);

export const FILE_LISTS = {
  ratingPeriod: RATING_PERIODS,
  ratingSubject: RATING_SUBJECTS,
  ratingLevel: RATING_LEVELS,
} as const;

export type FileListName = keyof typeof FILE_LISTS;

export const resolveFileList = (list: FileListName, input: string): string | null =>
  findItem(FILE_LISTS[list], input)?.code ?? null;
