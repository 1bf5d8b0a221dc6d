import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { smallTree } from '../../testing/fixtures.ts';

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  staff = await t.user('tochuc', 'org_staff', 'TD');
});
afterAll(() => t.close());

describe('coverage units', () => {
  it('links a village to the cells that cover it and shows it on both orgs', async () => {
    const res = await staff.post('/api/v1/coverage-units', {
      code: 'BB-NADON',
      name: 'Bản Nà Đon',
      kind: 'THON_BAN',
      ownerCode: 'TD.BB',
      cellCodes: ['TD.BB.A'],
      headIsMember: true,
    });
    expect(res.statusCode).toBe(201);
    const commune = (await staff.get('/api/v1/orgs/TD.BB')).json();
    expect(commune.coverageUnits).toEqual([
      {
        code: 'BB-NADON',
        name: 'Bản Nà Đon',
        kind: 'THON_BAN',
        headIsMember: true,
        ownerCode: 'TD.BB',
        cells: ['TD.BB.A'],
      },
    ]);
    expect(
      (await staff.get('/api/v1/orgs/TD.BB.A')).json().coverageUnits.map((u: { code: string }) => u.code),
    ).toEqual(['BB-NADON']);
  });

  it('records a combined cell ("sinh hoạt ghép") and a change of village head', async () => {
    await staff.post('/api/v1/coverage-units', {
      code: 'BB-NABO',
      name: 'Bản Nà Bỏ',
      kind: 'THON_BAN',
      ownerCode: 'TD.BB',
      cellCodes: ['TD.BB.A'],
    });
    const patch = await staff.patch('/api/v1/coverage-units/BB-NABO', {
      version: 1,
      cellCodes: ['TD.BB.A', 'TD.BB.B'],
      headIsMember: true,
    });
    expect(patch.statusCode).toBe(200);
    const unit = (await staff.get('/api/v1/orgs/TD.BB'))
      .json()
      .coverageUnits.find((u: { code: string }) => u.code === 'BB-NABO');
    expect(unit).toMatchObject({ cells: ['TD.BB.A', 'TD.BB.B'], headIsMember: true });
    const stale = await staff.patch('/api/v1/coverage-units/BB-NABO', { version: 1, headIsMember: false });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a covering org that is not a cell, a duplicate code, and orgs outside the scope', async () => {
    const notCell = await staff.post('/api/v1/coverage-units', {
      code: 'BB-X',
      name: 'X',
      kind: 'THON_BAN',
      ownerCode: 'TD.BB',
      cellCodes: ['TD.BB'],
    });
    expect(notCell.statusCode).toBe(400);
    expect(notCell.json().errors[0].path).toBe('cellCodes');
    const dup = await staff.post('/api/v1/coverage-units', {
      code: 'BB-NADON',
      name: 'Trùng',
      kind: 'THON_BAN',
      ownerCode: 'TD.BB',
    });
    expect(dup.statusCode).toBe(409);
    const secretary = await t.user('bt.b', 'secretary', 'TD.BB.B');
    const foreign = await secretary.post('/api/v1/coverage-units', {
      code: 'BB-Y',
      name: 'Y',
      kind: 'THON_BAN',
      ownerCode: 'TD.BB',
    });
    expect(foreign.statusCode).toBe(404);
    const badKind = await staff.post('/api/v1/coverage-units', {
      code: 'BB-Z',
      name: 'Z',
      kind: 'CHO',
      ownerCode: 'TD.BB',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().errors[0].message).toBe('Loại đơn vị không hợp lệ.');
  });
});
