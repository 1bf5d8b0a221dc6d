import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoHorizontalOverflow, fillDate, freshCitizenId, signIn } from './support.ts';

/** A date `days` before today, as typed on screen (dd/mm/yyyy) — the pipeline's dates are never ahead. */
function daysAgo(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 - days * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Types into an antd Select and clicks the visible option whose text starts with `option`. */
async function choose(page: Page, input: Locator, typed: string, option: string) {
  await input.click();
  await input.fill(typed);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}`) })
    .first()
    .click();
}

async function record(page: Page, stepTitle: string, fill: () => Promise<void>) {
  const drawer = page.getByRole('dialog');
  const form = drawer.getByRole('region', { name: stepTitle });
  await expect(form.getByRole('heading', { name: stepTitle })).toBeVisible();
  await fill();
  await form.getByRole('button', { name: 'Ghi bước này' }).click();
  await expect(page.getByText(/^(Đã ghi\.|Đã kết nạp và tạo hồ sơ đảng viên\.)$/).last()).toBeVisible();
}

test('a cell secretary takes a candidate through every step to member', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'bithu');
  // Two official members of the cell to introduce the candidate.
  const roll = await page.request.get('/api/v1/members?status=OFFICIAL&pageSize=5');
  const sponsors = ((await roll.json()) as { items: { fullName: string }[] }).items.slice(0, 2);
  expect(sponsors).toHaveLength(2);

  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('menuitem', { name: 'Kết nạp' })
    .click();
  await expect(page.getByRole('heading', { level: 3, name: 'Kết nạp đảng viên' })).toBeVisible();
  await expect(page.getByText(/Kế hoạch kết nạp năm \d{4}/)).toBeVisible();

  // A new candidate.
  await page.getByRole('button', { name: 'Thêm người vào Đảng' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm người vào Đảng' });
  await form.getByLabel('Họ và tên', { exact: true }).fill('Lò Thị Xuân');
  await choose(page, form.getByLabel('Giới tính', { exact: true }), 'Nữ', 'Nữ');
  await fillDate(form.getByLabel('Ngày sinh', { exact: true }), '12/03/1996');
  await choose(page, form.getByLabel('Dân tộc', { exact: true }), 'Thái', 'Thái$');
  await choose(
    page,
    form.getByLabel('Trình độ học vấn', { exact: true }),
    'phổ thông',
    'Trung học phổ thông',
  );
  await form.getByLabel('Số CCCD', { exact: true }).fill(freshCitizenId());
  await form.getByText('Là đoàn viên Đoàn TNCS Hồ Chí Minh').click();
  await form.getByText('Ở nông thôn').click();
  // The secretary's own cell is the default.
  await expect(form.getByLabel('Chi bộ xét kết nạp', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Lưu' }).click();

  // The drawer of the new candidate opens at the first step.
  const drawer = page.getByRole('dialog', { name: 'Lò Thị Xuân' });
  await expect(drawer).toBeVisible();

  await record(page, 'Học lớp nhận thức về Đảng', async () => {
    await drawer.getByLabel('Số giấy chứng nhận', { exact: true }).fill('215/CN-TTCT');
    await fillDate(drawer.getByLabel('Ngày cấp giấy chứng nhận', { exact: true }), daysAgo(200));
  });
  await record(page, 'Người giới thiệu', async () => {
    await fillDate(drawer.getByLabel('Ngày giới thiệu', { exact: true }), daysAgo(150));
    for (const [i, s] of sponsors.entries()) {
      await choose(
        page,
        drawer.getByLabel(`Người giới thiệu ${i + 1}`, { exact: true }),
        s.fullName,
        `${s.fullName} — `,
      );
      await fillDate(drawer.getByLabel(`Cùng công tác từ ngày (${i + 1})`), daysAgo(1100));
    }
  });
  await record(page, 'Thẩm tra lý lịch', async () => {
    await fillDate(drawer.getByLabel('Ngày kết luận thẩm tra', { exact: true }), daysAgo(120));
    await drawer.getByLabel('Đủ tiêu chuẩn chính trị', { exact: true }).check();
  });
  await record(page, 'Nhận xét nơi cư trú và đoàn thể', async () => {
    await fillDate(drawer.getByLabel('Ngày tổng hợp nhận xét', { exact: true }), daysAgo(100));
    await drawer
      .getByLabel('Nhận xét của chi ủy nơi cư trú', { exact: true })
      .fill('Gương mẫu, được nhân dân tín nhiệm.');
    await drawer
      .getByLabel('Nhận xét của các đoàn thể', { exact: true })
      .fill('Đoàn thanh niên, Hội Phụ nữ nhất trí.');
  });
  await record(page, 'Hoàn thiện hồ sơ', async () => {
    await fillDate(drawer.getByLabel('Ngày hoàn thiện hồ sơ', { exact: true }), daysAgo(90));
    for (const label of [
      'Đơn xin vào Đảng',
      'Lý lịch của người xin vào Đảng',
      'Giấy giới thiệu của đảng viên chính thức / nghị quyết giới thiệu của Đoàn',
      'Văn bản thẩm tra lý lịch',
      'Tổng hợp nhận xét của chi ủy nơi cư trú và các đoàn thể',
      'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng',
    ])
      await drawer.getByLabel(label).check();
  });

  // The rule is the server's: 5 of 9 is short of two thirds, and the form says so.
  const cellForm = drawer.getByRole('region', { name: 'Nghị quyết chi bộ' });
  await fillDate(drawer.getByLabel('Ngày nghị quyết chi bộ', { exact: true }), daysAgo(80));
  await drawer.getByLabel('Số đồng ý', { exact: true }).fill('5');
  await drawer.getByLabel('Tổng số đảng viên chính thức', { exact: true }).fill('9');
  await cellForm.getByRole('button', { name: 'Ghi bước này' }).click();
  await expect(drawer.getByText(/chưa đạt ít nhất hai phần ba/)).toBeVisible();
  await record(page, 'Nghị quyết chi bộ', async () => {
    await drawer.getByLabel('Số đồng ý', { exact: true }).fill('6');
  });

  const state = await page.request.get('/api/v1/admission/candidates');
  const mine = ((await state.json()) as { items: { fullName: string; currentStep: string }[] }).items.find(
    (c) => c.fullName === 'Lò Thị Xuân',
  );
  if (mine?.currentStep === 'COMMITTEE_RESOLUTION') {
    await record(page, 'Nghị quyết đảng ủy cơ sở', async () => {
      await fillDate(drawer.getByLabel('Ngày nghị quyết đảng ủy', { exact: true }), daysAgo(70));
      await drawer.getByLabel('Số văn bản', { exact: true }).fill('45-NQ/ĐU');
      await drawer.getByLabel('Số đồng ý', { exact: true }).fill('7');
      await drawer.getByLabel('Tổng số cấp ủy viên', { exact: true }).fill('9');
    });
  }
  await record(page, 'Quyết định kết nạp', async () => {
    await fillDate(drawer.getByLabel('Ngày quyết định kết nạp', { exact: true }), daysAgo(20));
    await drawer.getByLabel('Số văn bản', { exact: true }).fill('120-QĐ/HU');
    await drawer.getByLabel('Cơ quan ban hành', { exact: true }).fill('Ban Thường vụ Huyện ủy Tam Đường');
  });
  await expect(drawer.getByText(/^Hạn tổ chức lễ kết nạp: \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await record(page, 'Lễ kết nạp', async () => {
    await fillDate(drawer.getByLabel('Ngày lễ kết nạp', { exact: true }), daysAgo(0));
  });

  // Admitted: the member record exists, probationary, with the admission in their history.
  await drawer.getByRole('link', { name: 'Đã kết nạp. Xem hồ sơ đảng viên' }).click();
  await expect(page).toHaveURL(/\/members\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Lò Thị Xuân' })).toBeVisible();
  await expect(page.getByText('Dự bị').first()).toBeVisible();
  await expect(page.getByText('Kết nạp').first()).toBeVisible();
});

test('the board stacks its columns on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'bithu');
  await page.goto('/ket-nap');
  await expect(page.getByRole('heading', { level: 3, name: 'Kết nạp đảng viên' })).toBeVisible();
  await expect(page.getByText(/Kế hoạch kết nạp năm \d{4}/)).toBeVisible();
  await expectNoHorizontalOverflow(page);
});
