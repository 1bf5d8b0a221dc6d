import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoHorizontalOverflow, signIn } from './support.ts';

const FROM = 'Chi bộ Tổ dân phố số 1';
const TO = 'Chi bộ Tổ dân phố số 2';
const ISSUED = 'Chuyển sinh hoạt chính thức đi (trong hệ thống)';
const ACCEPTED = 'Tiếp nhận chuyển sinh hoạt chính thức';

/** Opens an official member of a cell (from the roll filtered by the cell) and returns their name. */
async function openOfficialMember(page: Page, cell: string, nth = 0): Promise<string> {
  await page.goto(`/members?org=${cell}&status=OFFICIAL`);
  // A row of the table, or a card on a phone.
  const link = page.getByRole('main').locator('a[href^="/members/"]:not([href^="/members/new"])').nth(nth);
  await expect(link).toBeVisible();
  const name = ((await link.textContent()) ?? '').trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(page.getByText('Quá trình sinh hoạt đảng')).toBeVisible();
  return name;
}

/** Picks an option in an antd Select: types, then clicks the visible option whose text starts with `option`. */
async function choose(page: Page, input: Locator, typed: string, option: string) {
  // Until the list closes on the choice: under load a click during the list's opening animation was
  // lost, leaving it open with nothing chosen.
  await expect(async () => {
    await input.click();
    await input.fill(typed);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option.replace(/[()]/g, '\\$&')}`) })
      .first()
      .click({ timeout: 3000 });
    await expect(input).toHaveAttribute('aria-expanded', 'false', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

const timeline = (page: Page) => page.getByTestId('timeline-event');

test('org staff transfers a member to a neighbouring cell, which accepts', async ({ page }) => {
  await signIn(page, 'tochuc');
  const name = await openOfficialMember(page, 'TD.TT.TDP1');
  const before = await timeline(page).count();

  // The sending side issues the transfer from the member's page.
  await page.getByRole('button', { name: 'Ghi biến động' }).click();
  const drawer = page.getByRole('dialog', { name: `Ghi biến động — ${name}` });
  await choose(page, drawer.getByLabel('Loại biến động'), 'Chuyển sinh hoạt chính thức', ISSUED);
  await expect(drawer.getByLabel('Ngày chuyển đi')).not.toHaveValue('');
  await choose(page, drawer.getByLabel('Chi bộ nhận'), 'Tổ dân phố số 2', TO);
  await drawer.getByLabel('Số quyết định').fill('15-QĐ/ĐU');
  await drawer.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByText('Đã ghi biến động.')).toBeVisible();
  await expect(drawer).toBeHidden();

  // In transit: the member still belongs to the sender, and the page says where they are going.
  await expect(page.getByRole('status').filter({ hasText: `Đang chuyển sinh hoạt đến ${TO}` })).toBeVisible();
  await expect(timeline(page)).toHaveCount(before + 1);
  const issued = timeline(page).filter({ hasText: ISSUED });
  await expect(issued).toContainText('Chờ tiếp nhận');
  await expect(issued).toContainText('số 15-QĐ/ĐU');
  await expect(page.getByText(`${FROM} · Ngày vào Đảng`)).toBeVisible();

  // The receiving side finds it in the inbox of the transfers page.
  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('menuitem', { name: 'Chuyển sinh hoạt' })
    .click();
  await expect(page).toHaveURL(/\/chuyen-sinh-hoat$/);
  await expect(page.getByRole('tab', { name: /Chuyển đến \(chờ tiếp nhận\)/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(FROM);
  await expect(row).toContainText(TO);
  await row.getByRole('button', { name: `Tiếp nhận ${name}` }).click();

  const modal = page.getByRole('dialog', { name: `Tiếp nhận ${name}` });
  await expect(modal.getByLabel('Ngày tiếp nhận')).not.toHaveValue('');
  await modal.getByLabel('Số quyết định').fill('16-QĐ/ĐU');
  await modal.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(page.getByText(`Đã tiếp nhận ${name}.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);

  // The member now belongs to the new cell, and the history shows both sides of the transfer.
  await page.goto('/members?org=TD.TT.TDP2&status=OFFICIAL');
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(page.getByText(`${TO} · Ngày vào Đảng`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đang chuyển sinh hoạt' })).toHaveCount(0);
  await expect(timeline(page)).toHaveCount(before + 2);
  await expect(timeline(page).filter({ hasText: ACCEPTED })).toContainText('số 16-QĐ/ĐU');
  await expect(timeline(page).filter({ hasText: ISSUED })).not.toContainText('Chờ tiếp nhận');
  // Newest first: the acceptance sits above the issue.
  await expect(timeline(page).first()).toContainText(ACCEPTED);
});

test('an event the rules refuse shows the reason and changes nothing', async ({ page }) => {
  await signIn(page, 'tochuc');
  const name = await openOfficialMember(page, 'TD.TT.TDP3');
  const before = await timeline(page).count();
  await expect(page.getByText('Đảng viên chính thức').first()).toBeVisible();

  // Recognizing someone who is already official.
  await page.getByRole('button', { name: 'Ghi biến động' }).click();
  const drawer = page.getByRole('dialog', { name: `Ghi biến động — ${name}` });
  await choose(page, drawer.getByLabel('Loại biến động'), 'Công nhận', 'Công nhận đảng viên chính thức');
  await drawer.getByRole('button', { name: 'Ghi nhận' }).click();

  // The server's reason shows above the form and on the date field; the drawer stays open.
  await expect(drawer.getByRole('alert').first()).toContainText('đã là đảng viên chính thức');
  await expect(drawer.locator('.ant-form-item-explain-error')).toContainText('đã là đảng viên chính thức');
  await drawer.getByRole('button', { name: 'Hủy' }).click();
  await expect(drawer).toBeHidden();

  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(timeline(page)).toHaveCount(before);
  await expect(timeline(page).filter({ hasText: 'Công nhận đảng viên chính thức' })).toHaveCount(1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the event form and the transfers page fit the screen', async ({ page }) => {
    await signIn(page, 'tochuc');
    const name = await openOfficialMember(page, 'TD.TT.TDP4');
    await expectNoHorizontalOverflow(page);
    await page.getByRole('button', { name: 'Ghi biến động' }).click();
    const drawer = page.getByRole('dialog', { name: `Ghi biến động — ${name}` });
    await expect(drawer.getByLabel('Loại biến động')).toBeVisible();
    // Full screen on a phone.
    expect((await drawer.boundingBox())?.width).toBeCloseTo(390, 0);
    await choose(page, drawer.getByLabel('Loại biến động'), 'Xóa tên', 'Xóa tên');
    await expect(drawer.getByLabel('Lý do xóa tên')).toBeVisible();
    await expect(drawer.getByLabel('Chi bộ nhận')).toHaveCount(0);
    await drawer.getByRole('button', { name: 'Hủy' }).click();

    await page.goto('/chuyen-sinh-hoat?tab=out');
    await expect(page.getByRole('tab', { name: /Chuyển đi/ })).toHaveAttribute('aria-selected', 'true');
    await expectNoHorizontalOverflow(page);
  });
});
