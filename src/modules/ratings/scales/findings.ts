/** Building findings: every message carries the article it applies, so a reader can check it. */
import type { Citation, Finding } from './types.ts';

/** Citations of one document: `const art = citing('Quy định …'); art('Điều 11')`. */
export const citing =
  (document: string) =>
  (article: string): Citation => ({ document, article });

export const cite = (c: Citation): string => `${c.document}, ${c.article}`;

export function finding(
  severity: Finding['severity'],
  code: string,
  citation: Citation,
  message: string,
  subjectId?: string,
): Finding {
  const f: Finding = { code, severity, message: `${message} (${cite(citation)})`, citation };
  return subjectId === undefined ? f : { ...f, subjectId };
}

export const hasErrors = (fs: readonly Finding[]): boolean => fs.some((f) => f.severity === 'error');
