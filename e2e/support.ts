import { expect, type Locator, type Page } from '@playwright/test';

/** Every demo account shares this password (see `nenmong demo`). */
export const DEMO_PASSWORD = 'nenmong-demo';

/** Signs in through the form, as a person would, and waits to leave the sign-in page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The page body is never wider than the screen (tables scroll inside their own box). */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page body scrolls sideways').toBeLessThanOrEqual(0);
}

/** A 12-digit citizen ID unlikely to collide with the demo data. */
export const freshCitizenId = () => `0${String(Date.now()).slice(-11)}`;

/** Types a date (dd/mm/yyyy) into an antd DatePicker and leaves the field, as a keyboard user does. */
export async function fillDate(input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Tab');
  await expect(input).toHaveValue(value);
}

/**
 * Opens a page of the header menu's "Xếp loại" entry (a submenu opened by a click). Retried: under load
 * a click during the popup's opening animation was lost, leaving the page where it was.
 */
export async function openRatingsMenu(page: Page, item: string, url: RegExp) {
  await expect(async () => {
    await page.getByRole('navigation', { name: 'Điều hướng' }).getByText('Xếp loại', { exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click({ timeout: 3000 });
    await expect(page).toHaveURL(url, { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
}
