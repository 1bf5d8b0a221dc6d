import type { Dayjs } from 'dayjs';
import { toIso } from '../../../lib/dates.ts';

/** Form values → request body: dates as 'YYYY-MM-DD', blank text as absent. */
export function toPayload(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      if (v.trim()) out[k] = v.trim();
    } else if (typeof v === 'object' && 'format' in v) out[k] = toIso(v as Dayjs);
    else out[k] = v;
  }
  return out;
}
