import { expect, test } from '@playwright/test';
import { signIn } from './support.ts';

test('a member lands on their own record and cannot open the roll', async ({ page }) => {
  await signIn(page, 'dangvien');
  await expect(page).toHaveURL(/\/members\/[0-9a-f-]{36}$/);
  const own = page.url();
  await expect(page.getByText('Thông tin cá nhân')).toBeVisible();
  await expect(page.getByText('Quá trình sinh hoạt đảng')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sửa' })).toHaveCount(0);

  // No tree, no roll in the navigation.
  await expect(page.getByRole('tree')).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Điều hướng' });
  await expect(nav.getByRole('menuitem', { name: 'Hồ sơ của tôi' })).toBeVisible();
  await expect(nav.getByRole('menuitem', { name: 'Đảng viên' })).toHaveCount(0);
  await expect(nav.getByRole('menuitem', { name: 'Tổ chức đảng' })).toHaveCount(0);

  // Typing the roll's address leads back to the member's own record.
  await page.goto('/members');
  await expect(page).toHaveURL(own);
  await page.goto('/orgs/TD');
  await expect(page).toHaveURL(own);
});
