import { bandFor } from '../../shared.ts';
import type { Level } from './api.ts';

/** The level a 366 total reaches by score alone (Điều 11); the extra conditions are the server's to check. */
export const bandLabel = (total: number | null, levels: readonly Level[]): string | null =>
  total !== null && Number.isFinite(total) && total >= 0 && total <= 100
    ? (levels.find((l) => l.code === bandFor(total))?.label ?? null)
    : null;

/** The total of the two groups of criteria, rounded as the server rounds it. */
export const totalOf = (general: number | null | undefined, tasks: number | null | undefined) =>
  general === null || general === undefined || tasks === null || tasks === undefined
    ? null
    : Math.round((general + tasks) * 100) / 100;
