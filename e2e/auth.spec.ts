import { expect, test } from '@playwright/test';
import { signIn } from './support.ts';

test('a wrong password shows the message and stays on sign-in', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('tochuc');
  await page.getByLabel('Mật khẩu').fill('mat-khau-sai');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(page).toHaveURL(/\/login/);
});

test('empty fields are caught before sending', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Nhập tên đăng nhập.')).toBeVisible();
  await expect(page.getByText('Nhập mật khẩu.')).toBeVisible();
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'tochuc');
  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await expect(page.getByText('Cán bộ tổ chức')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login$/);
  // The session is gone on the server too: a protected page sends us back to sign-in.
  await page.goto('/members');
  await expect(page).toHaveURL(/\/login\?next=%2Fmembers/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
});

test('after sign-in the user returns to the page they asked for', async ({ page }) => {
  await page.goto('/members?status=PROBATIONARY');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Tên đăng nhập').fill('tochuc');
  await page.getByLabel('Mật khẩu').fill('nenmong-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/members\?status=PROBATIONARY$/);
  await expect(page.getByRole('heading', { name: 'Đảng viên' })).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await signIn(page, 'tochuc');
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByText('Không tìm thấy trang')).toBeVisible();
  await page.getByRole('link', { name: 'Về trang chính' }).click();
  await expect(page).toHaveURL(/\/orgs\/TD$/);
});
