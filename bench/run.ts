/**
 * `npm run bench [-- district|province|startup ...]`: prints one JSON document with medians and p95s.
 * Default runs everything that fits on PGlite: startup, district and province. `nation` runs on the
 * PostgreSQL server named by BENCH_DATABASE_URL.
 */

import { rerunWithHeapLimit } from '../src/cli/heapLimit.ts';
import { benchImport } from './imports.ts';
import { benchMeetings } from './meetings.ts';
import { benchNation } from './nation.ts';
import { benchRatingsReport } from './ratings.ts';
import { benchRatingsRound } from './ratingsRound.ts';
import { benchRoll } from './roll.ts';
import { benchStartup, benchWebBuild } from './startup.ts';

const wanted = new Set(
  process.argv.slice(2).length ? process.argv.slice(2) : ['startup', 'district', 'province'],
);
// The nation load must stay under 1 GB of memory: measured, like `demo --scale nation`, with a capped heap.
if (wanted.has('nation')) rerunWithHeapLimit(768);
const out: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
if (wanted.has('startup')) {
  const webBuildSeconds = await benchWebBuild();
  out.startup = { webBuildSeconds, ...(await benchStartup()) };
}
if (wanted.has('district')) out.district = await benchRoll('district', 10);
if (wanted.has('province')) out.province = await benchRoll('province', 10);
if (wanted.has('nation')) out.nation = await benchNation();
if (wanted.has('import')) out.import = await benchImport();
// Named only (`npm run bench -- meetings`): it builds its own province of meetings (issue 5).
if (wanted.has('meetings')) out.meetings = await benchMeetings(10);
// Named only (`npm run bench -- ratings-report`): 15 years of ratings over the province (issue 6).
if (wanted.has('ratings-report')) out.ratingsReport = await benchRatingsReport(10);
// Named only (`npm run bench -- ratings-round`): a province-wide round's proposal sheets (issue 6).
if (wanted.has('ratings-round')) out.ratingsRound = await benchRatingsRound(10);
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
