import type { Db } from '../../platform/db/client.ts';
import { formatVnDate } from '../../vn/dates.ts';
import { committeeFigures } from '../meetings/committees.ts';
import { loadMeetingSettings } from '../meetings/settings.ts';
import { isCell } from '../orgs/rules.ts';
import { judgedYear, TODO_KINDS, windowLabel, windowShortfall } from './rules.ts';
import type { TodoItem } from './service.ts';

/**
 * Committees of the subtree short of their committee meetings, and grassroots committees short of
 * their conferences, in the judged year (rules.judgedYear): the same figures as the committees' card
 * (meetings/committees.ts), one item per org and kind. Orgs no longer in that shape are left out.
 */
export async function committeeItems(db: Db, prefix: string | null, today: string): Promise<TodoItem[]> {
  const settings = await loadMeetingSettings(db);
  const every = settings.committeeMeetingEveryMonths;
  const half = settings.congressesPerYear ? 12 / settings.congressesPerYear : 0;
  const years = new Map<number, Awaited<ReturnType<typeof committeeFigures>>>();
  const figures = async (year: number) => {
    if (!years.has(year)) years.set(year, await committeeFigures(db, prefix, year, today, settings));
    return years.get(year)!;
  };
  const out: TodoItem[] = [];
  if (every > 0) {
    const year = judgedYear(today, every);
    for (const o of await figures(year)) {
      const short = o.liveTo === null && o.committee ? windowShortfall(o.committee.missed, every) : null;
      if (!short) continue;
      const body = isCell(o.kind) ? 'Chi ủy' : 'Đảng ủy';
      const rhythm = every === 1 ? 'mỗi tháng một lần' : `${every} tháng một lần`;
      out.push({
        kind: 'COMMITTEE_MEETING_MISSING',
        kindLabel: TODO_KINDS.COMMITTEE_MEETING_MISSING,
        subject: { type: 'org', id: o.code, name: o.name },
        orgCode: o.code,
        orgName: o.name,
        dueOn: short.dueOn,
        overdue: true,
        message: `${body} không họp ${short.count} kỳ trong năm ${year} (gần nhất: ${windowLabel(short.latest, every)}, hạn ${formatVnDate(short.dueOn)}); Điều lệ Đảng Điều 24.2: cấp ủy họp thường lệ ${rhythm}.`,
      });
    }
  }
  if (half > 0) {
    const year = judgedYear(today, half);
    for (const o of await figures(year)) {
      const short = o.liveTo === null && o.congress ? windowShortfall(o.congress.missed, half) : null;
      if (!short) continue;
      out.push({
        kind: 'CONGRESS_MISSING',
        kindLabel: TODO_KINDS.CONGRESS_MISSING,
        subject: { type: 'org', id: o.code, name: o.name },
        orgCode: o.code,
        orgName: o.name,
        dueOn: short.dueOn,
        overdue: true,
        message: `Chưa tổ chức hội nghị đảng bộ ${windowLabel(short.latest, half)}${short.count > 1 ? ` (thiếu ${short.count} kỳ trong năm ${year})` : ''}: đảng bộ cơ sở họp hội nghị toàn thể ${settings.congressesPerYear} lần mỗi năm.`,
      });
    }
  }
  return out;
}
