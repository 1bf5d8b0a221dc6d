/** Small builders shared by this folder's tests. */
import type { Finding, RatingCase } from './types.ts';

export const member = (level: string | null, extra: Partial<RatingCase> = {}): RatingCase => ({
  subject: 'MEMBER',
  id: 'dv1',
  level,
  ...extra,
});

export const org = (level: string | null, extra: Partial<RatingCase> = {}): RatingCase => ({
  subject: 'ORG',
  id: 'cb1',
  level,
  ...extra,
});

/** "CODE:severity" of each finding, for compact assertions. */
export const codes = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.code}:${f.severity}`);

export const repeat = (code: string, n: number): string[] => Array.from({ length: n }, () => code);
