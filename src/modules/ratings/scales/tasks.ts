/**
 * A level's condition on task results, for rule sets that state one without scoring: Quy định
 * 124-QĐ/TW, HTXSNV of an individual: "hoàn thành 100% chỉ tiêu, nhiệm vụ … đúng tiến độ, bảo đảm chất
 * lượng, hiệu quả; trong đó có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức" (lawnet.vn). Checked
 * only when task counts are supplied: 124 rounds did not have to count tasks.
 */
import { finding } from './findings.ts';
import { findLevel, rankOf } from './levels.ts';
import type { Citation, Finding, LevelCode, SubjectConstraint } from './types.ts';

export interface TasksConditionOptions {
  level: LevelCode;
  exceeded: { num: number; den: number };
  severity: Finding['severity'];
  citation: Citation;
}

export function tasksCondition(o: TasksConditionOptions): SubjectConstraint {
  return {
    id: `TASKS_FOR_${o.level}`,
    check({ ruleSet }, c) {
      const level = findLevel(ruleSet, c.subject, c.level);
      const t = c.tasks;
      if (c.subject !== 'MEMBER' || !t || !level || level.rank < rankOf(ruleSet, c.subject, o.level))
        return [];
      const allOnTime = t.completed >= t.assigned && t.onTime >= t.assigned;
      if (allOnTime && t.exceeded * o.exceeded.den >= t.assigned * o.exceeded.num) return [];
      const share = Math.round((o.exceeded.num * 100) / o.exceeded.den);
      const message =
        `Xếp loại "${level.label}" cần hoàn thành 100% nhiệm vụ đúng tiến độ, trong đó ít nhất ${share}% vượt mức; ` +
        `hiện hoàn thành đúng hạn ${t.onTime}/${t.assigned}, vượt mức ${t.exceeded}`;
      return [finding(o.severity, `TASKS_FOR_${o.level}`, o.citation, message, c.id)];
    },
  };
}
