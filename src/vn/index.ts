export * from './codes/index.ts';
export {
  addDays,
  addMonths,
  addWorkingDays,
  ageOn,
  compareIso,
  dayOfWeek,
  formatVnDate,
  type IsoDate,
  isValidIsoDate,
  isWorkingDay,
  parseVnDate,
} from './dates.ts';
export { foldVietnamese, normalizeText } from './fold.ts';
export { comparePersonNames, personSortKey } from './personSort.ts';
