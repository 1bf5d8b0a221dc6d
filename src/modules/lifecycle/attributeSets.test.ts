import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows } from '../../platform/db/query.ts';
import { type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { updateMember } from '../members/service.ts';
import { ATTRIBUTE_SET_COLUMNS, AttributeSetIds, attributeSetKey } from './attributeSets.ts';
import { PERIOD_COLUMNS, periodRows } from './history.ts';
import type { PeriodFacts } from './rules.ts';
import { recordMembershipEvent } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
});
afterAll(() => t.close());

const setColumns = (alias: string) => ATTRIBUTE_SET_COLUMNS.map((c) => `${alias}.${c}`).join(', ');
/** Periods without a set, or whose set's values are not the period's own. */
const periodsUnlikeTheirSet = async () =>
  Number(
    (await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*) AS n FROM membership_periods p LEFT JOIN attribute_sets s ON s.id = p.attribute_set_id
          WHERE s.id IS NULL OR (${sql.raw(setColumns('p'))}) IS DISTINCT FROM (${sql.raw(setColumns('s'))})`,
    ))!.n,
  );
const setsOf = (memberId: string) =>
  rows<{ status: string; education: string | null; setId: number }>(
    t.database.db,
    sql`SELECT status, education, attribute_set_id AS "setId" FROM membership_periods
        WHERE member_id = ${memberId} ORDER BY valid_from`,
  );

describe('attribute sets', () => {
  it('builds the same key as the database, nulls and all', async () => {
    const values = ['NU', '01', null, 'DAI_HOC', null, 'CONG_CHUC', 'PHAT_GIAO', null, 'OFFICIAL', 'EXEMPT'];
    const fromDb = await one<{ key: string }>(
      t.database.db,
      sql`SELECT attribute_set_key(${sql.join(
        values.map((v) => sql`${v}::text`),
        sql`, `,
      )}) AS key`,
    );
    expect(fromDb!.key).toBe(attributeSetKey(values));
    expect(attributeSetKey(values)).not.toBe(attributeSetKey(values.map((v) => v ?? '')));
  });

  it('gives periods written by the services their set, and follows status changes and profile edits', async () => {
    const m = await addMember(t.system, {
      admissionDecisionDate: '2024-03-01',
      ceremonyDate: '2024-03-15',
      officialDate: null,
      cardNumber: null,
      education: 'THPT',
    });
    await recordMembershipEvent(t.system, m.id, { type: 'RECOGNITION', effectiveDate: '2025-03-15' });
    const before = await setsOf(m.id);
    expect(before.map((p) => p.status)).toEqual(['PROBATIONARY', 'OFFICIAL']);
    expect(before[0]!.setId).not.toBe(before[1]!.setId);
    expect(await periodsUnlikeTheirSet()).toBe(0);

    const { version } = (await one<{ version: number }>(
      t.database.db,
      sql`SELECT version FROM members WHERE id = ${m.id}`,
    ))!;
    await updateMember(t.system, m.id, { version, education: 'THCS' });
    const after = await setsOf(m.id);
    expect(after.map((p) => p.education)).toEqual(['THCS', 'THCS']);
    expect(after[1]!.setId).not.toBe(before[1]!.setId);
    expect(await periodsUnlikeTheirSet()).toBe(0);
  });

  it('resolves a bulk writer’s rows to the sets the triggers chose, and creates the new ones', async () => {
    const known = await one<Record<string, string | null> & { id: number }>(
      t.database.db,
      sql`SELECT * FROM attribute_sets ORDER BY id LIMIT 1`,
    );
    const facts = {
      gender: known!.gender ?? null,
      ethnicity: known!.ethnicity ?? null,
      birthDate: '1990-01-01',
      education: known!.education ?? null,
      professional: known!.professional ?? null,
      politicalTheory: known!.political_theory ?? null,
      occupation: known!.occupation ?? null,
      religion: known!.religion ?? null,
      religiousAdherence: known!.religious_adherence ?? null,
    };
    const period: PeriodFacts = {
      orgId: 'x',
      status: known!.status as PeriodFacts['status'],
      exemption: (known!.exemption ?? null) as PeriodFacts['exemption'],
      hostOrgId: null,
      validFrom: '2020-01-01',
      validTo: null,
      startCause: 'ADMISSION',
      endCause: null,
    };
    const sameRow = periodRows('m1', [period], facts);
    const newRow = periodRows('m2', [{ ...period, status: 'OFFICIAL', exemption: 'TEMPORARY' }], {
      ...facts,
      gender: 'NU',
      occupation: 'KHAC_NGHE',
    });
    const sets = new AttributeSetIds(PERIOD_COLUMNS);
    await sets.fill(t.database.db, [...sameRow, ...newRow]);
    const at = PERIOD_COLUMNS.indexOf('attribute_set_id');
    expect(sameRow[0]![at]).toBe(Number(known!.id));
    const created = await one<Record<string, string | null>>(
      t.database.db,
      sql`SELECT * FROM attribute_sets WHERE id = ${newRow[0]![at] as number}`,
    );
    expect(created).toMatchObject({ gender: 'NU', occupation: 'KHAC_NGHE', exemption: 'TEMPORARY' });
    // A second writer finds the set the first created instead of creating it again.
    const again = periodRows('m3', [{ ...period, status: 'OFFICIAL', exemption: 'TEMPORARY' }], {
      ...facts,
      gender: 'NU',
      occupation: 'KHAC_NGHE',
    });
    await new AttributeSetIds(PERIOD_COLUMNS).fill(t.database.db, again);
    expect(again[0]![at]).toBe(newRow[0]![at]);
  });
});
