import { expect, type Page, test } from '@playwright/test';
import { expectNoHorizontalOverflow, openRatingsMenu, signIn } from './support.ts';

const num = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

type Group = { rated: number; levels: { code: string; count: number }[] };
type Report = {
  org: { code: string; name: string };
  years: ({ year: number; scale: { id: string } } & Record<
    'grassroots' | 'subordinateCells' | 'members',
    Group
  >)[];
};
type Children = { children: { org: { code: string; name: string } }[] };

const GROUPS = [
  ['grassroots', 'Tổ chức cơ sở đảng'],
  ['subordinateCells', 'Chi bộ trực thuộc đảng ủy cơ sở'],
  ['members', 'Đảng viên'],
] as const;

/** Every figure of the page's three tables equals the API's. */
async function expectTablesMatch(page: Page, r: Report) {
  for (const [group, tab] of GROUPS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const table = page.getByTestId(`ratings-${group}`);
    await expect(table).toBeVisible();
    for (const y of r.years) {
      await expect(table.getByTestId(`rated-${group}-${y.year}`)).toHaveText(num(y[group].rated));
      for (const l of y[group].levels)
        await expect(table.getByTestId(`count-${group}-${y.year}-${l.code}`)).toHaveText(num(l.count));
    }
  }
}

test('the ratings results show the footnote-10 table across the 2018 change of scale, and drill down', async ({
  page,
}) => {
  await signIn(page, 'lanhdao');
  await openRatingsMenu(page, 'Kết quả xếp loại', /\/ket-qua-xep-loai/);
  await expect(page).toHaveURL(/\/ket-qua-xep-loai/);
  await expect(page.getByTestId('ratings-heading')).toContainText('Đảng bộ huyện Tam Đường');

  await page.goto('/ket-qua-xep-loai?fromYear=2015&toYear=2019');
  await expect(page.getByTestId('ratings-heading')).toContainText('từ năm 2015 đến năm 2019');
  const r = (await (
    await page.request.get('/api/v1/reports/ratings?fromYear=2015&toYear=2019')
  ).json()) as Report;
  expect(r.years.map((y) => y.scale.id)).toEqual([
    'UNTIL_2017',
    'UNTIL_2017',
    'UNTIL_2017',
    'QD132',
    'QD132',
  ]);
  await expectTablesMatch(page, r);
  // 2017 was rated on the old scale: TSVM has a figure in 2017 and none in 2018.
  await page.getByRole('tab', { name: 'Tổ chức cơ sở đảng', exact: true }).click();
  const grassroots = page.getByTestId('ratings-grassroots');
  await expect(grassroots.getByRole('columnheader', { name: 'Trong sạch, vững mạnh' })).toBeVisible();
  await expect(grassroots.getByTestId('count-grassroots-2017-TSVM')).toBeVisible();
  await expect(grassroots.getByTestId('count-grassroots-2018-TSVM')).toHaveCount(0);
  await expect(grassroots.getByTestId('count-grassroots-2018-HTXSNV')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Tỷ lệ qua các năm so với chỉ tiêu' })).toBeVisible();
  await page.screenshot({ path: 'tmp/ratings-report-1366.png', fullPage: true });

  // The xlsx download carries the same years.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Tải bảng/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`xep-loai-${r.org.code}-2015-2019.xlsx`);

  // Drill down to the first org under the district, then back up.
  const kids = (await (
    await page.request.get('/api/v1/reports/ratings/children?fromYear=2015&toYear=2019')
  ).json()) as Children;
  const child = kids.children[0]!;
  await page
    .getByTestId('ratings-children')
    .getByRole('button', { name: child.org.name, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`org=${child.org.code.replace(/\./g, '\\.')}`));
  await expect(page.getByTestId('ratings-heading')).toContainText(child.org.name);
  const c = (await (
    await page.request.get(
      `/api/v1/reports/ratings?org=${encodeURIComponent(child.org.code)}&fromYear=2015&toYear=2019`,
    )
  ).json()) as Report;
  await expectTablesMatch(page, c);
  await page.getByRole('button', { name: 'Lên cấp trên' }).click();
  await expect(page.getByTestId('ratings-heading')).toContainText('Đảng bộ huyện Tam Đường');
});

test('the ratings results fit a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'lanhdao');
  await page.goto('/ket-qua-xep-loai?fromYear=2015&toYear=2019');
  await expect(page.getByTestId('ratings-heading')).toContainText('từ năm 2015 đến năm 2019');
  await expect(page.getByTestId('ratings-grassroots')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: 'tmp/ratings-report-390.png', fullPage: true });
});
