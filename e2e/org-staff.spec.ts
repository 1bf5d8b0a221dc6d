import { expect, test } from '@playwright/test';
import { fillDate, freshCitizenId, signIn } from './support.ts';

test('org staff browse the tree, find a member, and edit with a mistake then a fix', async ({ page }) => {
  await signIn(page, 'tochuc');
  await expect(page).toHaveURL(/\/orgs\/TD$/);
  await expect(page.getByRole('heading', { level: 3, name: 'Đảng bộ huyện Tam Đường' })).toBeVisible();

  // Browse the tree: open a commune and go to one of its cells.
  const tree = page.getByRole('tree');
  const commune = tree.getByRole('treeitem', { name: /Đảng bộ xã Bình Lư/ });
  await commune.getByRole('img', { name: 'Mở rộng' }).click();
  const cell = tree.getByRole('treeitem', { name: /^Chi bộ/ }).nth(1);
  await expect(cell).toBeVisible();
  const cellText = (await cell.textContent()) ?? '';
  await cell.click();
  await expect(page).toHaveURL(/\/orgs\/TD\.[A-Z0-9.]+$/);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(/^Chi bộ/);
  const heading = (await page.getByRole('heading', { level: 3 }).textContent()) ?? '';
  expect(cellText).toContain(heading);

  // Search the roll without diacritics.
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('menuitem', { name: 'Đảng viên' })
    .click();
  await expect(page).toHaveURL(/\/members/);
  await page.getByLabel('Tìm đảng viên').fill('nguyen van');
  await expect(page).toHaveURL(/q=nguyen\+van/);
  const hit = page.getByRole('link', { name: /^Nguyễn Văn / }).first();
  await expect(hit).toBeVisible();
  const name = ((await hit.textContent()) ?? '').trim();
  await hit.click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();

  // Edit with mistakes: the messages are in Vietnamese, on the fields.
  await page.getByRole('link', { name: 'Sửa' }).click();
  await expect(page.getByRole('heading', { name: `Sửa hồ sơ: ${name}` })).toBeVisible();
  const citizenId = page.getByLabel('Số CCCD');
  await citizenId.fill('123');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(citizenId).toHaveAccessibleDescription('Số CCCD gồm đúng 12 chữ số.');

  const official = page.getByLabel('Ngày chính thức');
  const officialBefore = await official.inputValue();
  await fillDate(official, '01/01/1950');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(official).toHaveAccessibleDescription('Ngày chính thức không được trước ngày vào Đảng.');

  // Fix both and save.
  const newId = freshCitizenId();
  await citizenId.fill(newId);
  await fillDate(official, officialBefore);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu hồ sơ đảng viên.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(page.getByText(newId)).toBeVisible();
});

test('a field error from the server lands on its field', async ({ page }) => {
  await signIn(page, 'tochuc');
  await page.goto('/members?sort=birthDate');
  const rows = page.getByRole('row');
  await expect(rows.nth(2)).toBeVisible();
  // The second member's card number, typed into the first member's record: the server refuses it.
  const taken = ((await rows.nth(2).getByRole('cell').last().textContent()) ?? '').trim();
  expect(taken).toMatch(/^\d{6,12}$/);
  await rows.nth(1).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Sửa' }).click();
  await page.getByLabel('Số thẻ đảng viên').fill(taken);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByLabel('Số thẻ đảng viên')).toHaveAccessibleDescription(
    'Số thẻ đảng viên đã được cấp cho đảng viên khác.',
  );
});
