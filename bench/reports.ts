import { summarize } from './stats.ts';

/**
 * The statistics (issue 3): structure as of a date and changes over ten years, for the caller's
 * root org (the whole demo) or the org whose code is given, through the real HTTP app. `get`
 * returns the request's milliseconds.
 */
export async function benchReports(get: (url: string) => Promise<number>, rounds: number, org?: string) {
  const year = new Date().getFullYear();
  const orgParam = org ? `&org=${encodeURIComponent(org)}` : '';
  // Warm-up: plan caching and the first pages of the periods.
  await get(`/api/v1/reports/structure?asOf=${year - 1}-12-31${orgParam}`);
  const structure: number[] = [];
  const changes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const asOf = `${year - 1 - (r % 5)}-12-31`;
    structure.push(await get(`/api/v1/reports/structure?asOf=${asOf}${orgParam}`));
    changes.push(
      await get(`/api/v1/reports/changes?from=${year - 10 - (r % 3)}-01-01&to=${year - 1}-12-31${orgParam}`),
    );
  }
  return { structureReport: summarize(structure), changesReportTenYears: summarize(changes) };
}
