import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, signIn } from './support.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the member list and a member page fit the screen', async ({ page }) => {
  await signIn(page, 'tochuc');
  await expectNoHorizontalOverflow(page);

  // The tree lives in a drawer behind the menu button.
  await expect(page.getByRole('tree')).toHaveCount(0);
  await page.getByRole('button', { name: 'Mở danh mục' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('tree')).toBeVisible();
  await drawer.getByRole('menuitem', { name: 'Đảng viên' }).click();
  await expect(page).toHaveURL(/\/members$/);

  await expect(page.getByText(/^Tổng số: [\d.]+ đảng viên$/)).toBeVisible();
  // The first member card's name (the page's other links add a member or go to import/export).
  const first = page.getByRole('main').locator('a[href^="/members/"]:not([href="/members/new"])').first();
  await expect(first).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: 'Bộ lọc' }).click();
  await expect(page.getByLabel('Trạng thái')).toBeVisible();
  await expectNoHorizontalOverflow(page);

  const name = ((await first.textContent()) ?? '').trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(page.getByText('Thông tin cá nhân')).toBeVisible();
  await expectNoHorizontalOverflow(page);
});
