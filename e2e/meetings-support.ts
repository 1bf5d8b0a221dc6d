import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an antd Select in a form and checks the field shows it, retrying: under load a
 * click during the list's opening or closing animation was lost, leaving the old value (a regular
 * meeting planned instead of a thematic one, refused as the month's second).
 */
export async function chooseIn(page: Page, form: Locator, label: string, option: string) {
  const input = form.getByLabel(label, { exact: true });
  const field = form.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  await expect(async () => {
    await input.click({ timeout: 3000 });
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click({ timeout: 3000 });
    await expect(input).toHaveAttribute('aria-expanded', 'false', { timeout: 1000 });
    await expect(field).toContainText(option, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Clicks a dialog's button until the dialog closes: a first click can go to closing a picker's panel
 * left open by the Tab out of a date field (under load). While saving, the button is loading and
 * ignores clicks, so this never submits twice.
 */
export async function submitAndClose(dialog: Locator, button = 'Lưu') {
  await expect(async () => {
    await dialog.getByRole('button', { name: button }).click({ timeout: 3000 });
    await expect(dialog).toBeHidden({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
}
