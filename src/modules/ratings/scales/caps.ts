/** A level cap: the shared shape of "X in the period means no higher than level L". */
import { finding } from './findings.ts';
import { findLevel, labelOf, rankOf } from './levels.ts';
import type { CheckContext, Citation, Finding, LevelCode, RatingCase } from './types.ts';

export interface Cap {
  code: string;
  cap: LevelCode;
  severity: Finding['severity'];
  citation: Citation;
}

/** One finding if the case's level ranks above the cap, with the reason it is capped. */
export function capFindings({ ruleSet }: CheckContext, c: RatingCase, cap: Cap, reason: string): Finding[] {
  const level = findLevel(ruleSet, c.subject, c.level);
  if (!level || level.rank <= rankOf(ruleSet, c.subject, cap.cap)) return [];
  const capLabel = labelOf(ruleSet, c.subject, cap.cap);
  return [
    finding(
      cap.severity,
      cap.code,
      cap.citation,
      `${reason}: xếp loại cao nhất là "${capLabel}", không thể xếp "${level.label}"`,
      c.id,
    ),
  ];
}
