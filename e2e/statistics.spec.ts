import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, fillDate, signIn } from './support.ts';

const num = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

test('the statistics page shows the same figures as the API, as of any date and over a period', async ({
  page,
}) => {
  await signIn(page, 'lanhdao');
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('menuitem', { name: 'Thống kê' })
    .click();
  await expect(page).toHaveURL(/\/thong-ke/);
  const heading = page.getByTestId('stats-heading');
  await expect(heading).toContainText('Cơ cấu tổ chức và đảng viên — Đảng bộ huyện Tam Đường');

  const today = (await (await page.request.get('/api/v1/reports/structure')).json()) as {
    members: { total: number; female: number };
    organizations: { grassroots: { total: number } };
  };
  await expect(page.getByTestId('figure-total')).toHaveText(num(today.members.total));
  await expect(page.getByTestId('figure-female')).toHaveText(num(today.members.female));
  await expect(page.getByTestId('figure-grassroots')).toHaveText(num(today.organizations.grassroots.total));
  await expect(page.getByRole('img', { name: 'Đảng viên theo độ tuổi' })).toBeVisible();

  // Another date: the figures follow the history.
  const picker = page.locator('.stats-no-print .ant-picker input').first();
  await fillDate(picker, '31/12/2020');
  await expect(heading).toContainText('tính đến ngày 31/12/2020');
  const then = (await (await page.request.get('/api/v1/reports/structure?asOf=2020-12-31')).json()) as {
    members: { total: number };
  };
  expect(then.members.total).toBeLessThan(today.members.total);
  await expect(page.getByTestId('figure-total')).toHaveText(num(then.members.total));

  // Changes over a period: start + increase − decrease = end, as the API says.
  await page.getByText('Biến động trong kỳ', { exact: true }).click();
  await expect(heading).toContainText('Biến động đảng viên');
  const to = new URL(page.url()).searchParams.get('to');
  const changes = (await (
    await page.request.get(`/api/v1/reports/changes${to ? `?to=${to}` : ''}`)
  ).json()) as {
    startCount: number;
    endCount: number;
    increase: { total: number };
    decrease: { total: number };
  };
  await expect(page.getByTestId('figure-end')).toHaveText(num(changes.endCount));
  await expect(page.getByTestId('figure-start')).toHaveText(num(changes.startCount));
  await expect(page.getByTestId('figure-increase-total')).toHaveText(num(changes.increase.total));
  expect(changes.endCount).toBe(changes.startCount + changes.increase.total - changes.decrease.total);
});

test('the statistics page fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'tochuc');
  await page.goto('/thong-ke');
  await expect(page.getByTestId('figure-total')).toBeVisible();
  await expectNoHorizontalOverflow(page);
});
