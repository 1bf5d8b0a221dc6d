import { expect, test } from '@playwright/test';
import { signIn } from './support.ts';

const CELL = 'Chi bộ Tổ dân phố số 1';

test('a cell secretary sees only their cell', async ({ page }) => {
  await signIn(page, 'bithu');
  await expect(page).toHaveURL(/\/orgs\/TD\.TT\.TDP1$/);
  await expect(page.getByRole('heading', { level: 3, name: CELL })).toBeVisible();

  // The tree has one root: the cell.
  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  await expect(tree.getByRole('treeitem')).toContainText(CELL);

  // Secretaries do not restructure orgs.
  await expect(page.getByRole('button', { name: 'Đổi tên' })).toHaveCount(0);

  // Every member listed belongs to that cell.
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('menuitem', { name: 'Đảng viên' })
    .click();
  await expect(page.getByText(/^Tổng số: \d+ đảng viên$/)).toBeVisible();
  const body = page.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(body.first()).toBeVisible();
  const count = await body.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(body.nth(i)).toContainText(CELL);

  // The search for orgs finds nothing outside the cell.
  await page.getByLabel('Tìm tổ chức theo tên hoặc mã').fill('Đảng bộ');
  await expect(page.getByText('Không tìm thấy tổ chức phù hợp.')).toBeVisible();
});
