import { type Browser, expect, type Page, test } from '@playwright/test';
import { chooseIn, submitAndClose } from './meetings-support.ts';
import { expectNoHorizontalOverflow, fillDate, signIn } from './support.ts';

/** A day in Vietnam, `days` from today, as typed on screen (dd/mm/yyyy). */
function day(days = 0): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
const stamp = Date.now() % 100000;

async function as(browser: Browser, user: string, phone = false): Promise<Page> {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Plans an extraordinary meeting of the secretary's cell from the list page; lands on its page. */
async function planExtraordinary(page: Page, topic: string, date: string) {
  await page.goto('/sinh-hoat');
  await page.getByRole('button', { name: 'Lên kế hoạch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kế hoạch buổi sinh hoạt' });
  await chooseIn(page, dialog, 'Loại', 'Bất thường');
  await fillDate(dialog.getByLabel('Ngày sinh hoạt'), date);
  await dialog.getByLabel('Địa điểm').fill('Nhà văn hóa tổ dân phố');
  await dialog.getByLabel('Chủ đề').fill(topic);
  await submitAndClose(dialog);
  await expect(page.getByRole('heading', { level: 3, name: topic })).toBeVisible();
}

test('the admin changes the meeting settings; a bad value is refused with its reason and nothing saved', async ({
  browser,
}) => {
  const admin = await as(browser, 'admin');
  await admin.goto('/sinh-hoat?tab=settings');
  const deadline = admin.getByLabel('Hạn nộp kế hoạch: ngày của tháng trước');
  await expect(deadline).toHaveValue('20');
  // A quorum under one half: refused by the server, its message on the field, nothing saved.
  await admin.getByLabel('Tử số').fill('1');
  await admin.getByLabel('Mẫu số').fill('3');
  await admin.getByRole('button', { name: 'Lưu cấu hình' }).click();
  await expect(
    admin.getByRole('alert').filter({ hasText: 'Tỷ lệ tối thiểu phải từ một nửa (1/2) trở lên.' }),
  ).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel('Tử số')).toHaveValue('2');
  await expect(admin.getByLabel('Mẫu số')).toHaveValue('3');
  // A valid change is saved and kept; then put back for the other tests.
  await deadline.fill('25');
  await admin.getByRole('button', { name: 'Lưu cấu hình' }).click();
  await expect(admin.getByText('Đã lưu cấu hình.')).toBeVisible();
  await admin.reload();
  await expect(deadline).toHaveValue('25');
  await deadline.fill('20');
  await admin.getByRole('button', { name: 'Lưu cấu hình' }).click();
  await expect(admin.getByText('Đã lưu cấu hình.').first()).toBeVisible();

  // A secretary reads the same values and cannot change them.
  const secretary = await as(browser, 'bithu', true);
  await secretary.goto('/sinh-hoat?tab=settings');
  await expect(
    secretary.getByText('Chỉ quản trị hệ thống mới được thay đổi cấu hình sinh hoạt chi bộ.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(secretary.getByLabel('Hạn nộp kế hoạch: ngày của tháng trước')).toBeDisabled();
  await expect(secretary.getByRole('button', { name: 'Lưu cấu hình' })).toHaveCount(0);
  await expectNoHorizontalOverflow(secretary);
});

test('on a phone the secretary edits a planned meeting, then cancels it only with a reason', async ({
  browser,
}) => {
  const topic = `Họp bất thường: chuẩn bị bầu cử (${stamp})`;
  const secretary = await as(browser, 'bithu', true);
  await planExtraordinary(secretary, topic, day(3));
  await secretary.getByRole('button', { name: 'Sửa kế hoạch' }).click();
  const edit = secretary.getByRole('dialog', { name: 'Sửa kế hoạch buổi sinh hoạt' });
  await expect(edit.getByLabel('Chủ đề')).toHaveValue(topic);
  await edit.getByLabel('Địa điểm').fill('Hội trường Đảng ủy xã');
  await fillDate(edit.getByLabel('Ngày sinh hoạt'), day(4));
  await submitAndClose(edit);
  await expect(secretary.getByText('Hội trường Đảng ủy xã')).toBeVisible();
  await expect(secretary.getByText(day(4)).first()).toBeVisible();
  await expectNoHorizontalOverflow(secretary);

  await secretary.getByRole('button', { name: 'Hủy buổi sinh hoạt' }).click();
  const cancel = secretary.getByRole('dialog', { name: 'Hủy buổi sinh hoạt' });
  await expect(cancel.getByLabel('Lý do hủy')).toBeVisible();
  await cancel.getByRole('button', { name: 'Hủy buổi sinh hoạt' }).click();
  await expect(cancel.getByText('Nêu lý do hủy (ít nhất 5 ký tự).')).toBeVisible();
  // Too short for the server: its message, and the meeting still planned.
  await cancel.getByLabel('Lý do hủy').fill('abc');
  await cancel.getByRole('button', { name: 'Hủy buổi sinh hoạt' }).click();
  await expect(
    cancel.getByText('Hủy buổi sinh hoạt phải nêu lý do (ít nhất 5 ký tự).').first(),
  ).toBeVisible();
  await cancel.getByLabel('Lý do hủy').fill('Trùng lịch họp của Đảng ủy xã');
  await cancel.getByRole('button', { name: 'Hủy buổi sinh hoạt' }).click();
  await expect(
    secretary.getByText('Buổi sinh hoạt đã hủy. Lý do: Trùng lịch họp của Đảng ủy xã.'),
  ).toBeVisible();
  await expect(secretary.getByText('Đã hủy', { exact: true })).toBeVisible();
  await expect(secretary.getByRole('button', { name: 'Sửa kế hoạch' })).toHaveCount(0);
});

test('after closing the minutes a task and the plan are corrected only with a reason; the to-do list shows committees short', async ({
  browser,
}) => {
  // Three users and two corrections in one story: more than the default minute under load.
  test.setTimeout(150_000);
  const topic = `Họp bất thường: phòng chống lụt bão (${stamp})`;
  const secretary = await as(browser, 'bithu');
  await planExtraordinary(secretary, topic, day());
  await secretary.getByLabel('Nội dung sinh hoạt').fill('Triển khai phương án phòng chống lụt bão.');
  await secretary.getByRole('button', { name: 'Ghi điểm danh và biên bản' }).click();
  await expect(secretary.getByText('Đã sinh hoạt').first()).toBeVisible();
  const tasks = secretary.locator('.ant-card').filter({ hasText: 'Phân công nhiệm vụ' });
  await tasks.getByLabel('Đảng viên', { exact: true }).click();
  await secretary.locator('.ant-select-item-option').first().click();
  await tasks.getByLabel('Nhiệm vụ', { exact: true }).fill('Kiểm tra đê bao tổ dân phố');
  await fillDate(tasks.getByLabel('Hạn', { exact: true }), day(7));
  await tasks.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(tasks.getByText('Kiểm tra đê bao tổ dân phố')).toBeVisible();
  await secretary.getByRole('button', { name: 'Khóa biên bản' }).click();
  await secretary.locator('.ant-popconfirm').getByRole('button', { name: 'Khóa biên bản' }).click();
  await expect(secretary.getByText('Biên bản đã khóa', { exact: true })).toBeVisible();
  await expect(tasks.getByText(/^Biên bản đã khóa: giao thêm, sửa, hủy/)).toBeVisible();

  await tasks.getByRole('button', { name: 'Sửa Kiểm tra đê bao tổ dân phố' }).click();
  const correct = secretary.getByRole('dialog', { name: 'Đính chính nhiệm vụ (biên bản đã khóa)' });
  await fillDate(correct.getByLabel('Hạn'), day(10));
  await correct.getByRole('button', { name: 'Lưu' }).click();
  await expect(correct.getByText('Nêu lý do đính chính (ít nhất 5 ký tự).')).toBeVisible();
  await correct.getByLabel('Lý do đính chính').fill('gấp');
  await correct.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    correct.getByText('Biên bản đã khóa: muốn sửa phải nêu lý do đính chính (ít nhất 5 ký tự).').first(),
  ).toBeVisible();
  await correct.getByLabel('Lý do đính chính').fill('Chi bộ thống nhất lùi hạn kiểm tra');
  await submitAndClose(correct);
  await expect(tasks.getByText(`Hạn ${day(10)}`)).toBeVisible();

  await tasks.getByRole('button', { name: 'Sửa Kiểm tra đê bao tổ dân phố' }).click();
  const withdraw = secretary.getByRole('dialog', { name: 'Đính chính nhiệm vụ (biên bản đã khóa)' });
  await withdraw.getByLabel('Hủy nhiệm vụ này (giao nhầm)').check();
  await withdraw.getByLabel('Lý do đính chính').fill('Giao nhầm, trùng nhiệm vụ của tổ dân vận');
  await submitAndClose(withdraw);
  await expect(tasks.getByText('Đã hủy', { exact: true })).toBeVisible();
  await expect(tasks.getByRole('button', { name: 'Sửa Kiểm tra đê bao tổ dân phố' })).toHaveCount(0);

  // The closed meeting's plan: time, place, topic corrected only with a reason; its date stays locked.
  await secretary.getByRole('button', { name: 'Đính chính kế hoạch' }).click();
  const plan = secretary.getByRole('dialog', { name: 'Đính chính kế hoạch (biên bản đã khóa)' });
  await expect(plan.getByLabel('Ngày sinh hoạt')).toBeDisabled();
  const corrected = `${topic} — đê bao tổ dân phố`;
  await plan.getByLabel('Địa điểm').fill('Hội trường Đảng ủy phường');
  await plan.getByLabel('Chủ đề').fill(corrected);
  await plan.getByRole('button', { name: 'Lưu' }).click();
  await expect(plan.getByText('Nêu lý do đính chính (ít nhất 5 ký tự).')).toBeVisible();
  await plan.getByLabel('Lý do đính chính').fill('sai');
  await plan.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    plan.getByText('Biên bản đã khóa: muốn sửa phải nêu lý do đính chính (ít nhất 5 ký tự).').first(),
  ).toBeVisible();
  await secretary.reload();
  await expect(secretary.getByRole('heading', { level: 3, name: topic })).toBeVisible();
  await secretary.getByRole('button', { name: 'Đính chính kế hoạch' }).click();
  await plan.getByLabel('Địa điểm').fill('Hội trường Đảng ủy phường');
  await plan.getByLabel('Chủ đề').fill(corrected);
  await plan.getByLabel('Lý do đính chính').fill('Biên bản ghi nhầm địa điểm và chủ đề');
  await submitAndClose(plan);
  await expect(secretary.getByRole('heading', { level: 3, name: corrected })).toBeVisible();
  await expect(secretary.getByText('Hội trường Đảng ủy phường')).toBeVisible();
  await expect(secretary.getByText('Biên bản đã khóa', { exact: true })).toBeVisible();

  // The district's staff find the committees short of their meetings in the to-do list.
  const staff = await as(browser, 'tochuc');
  await staff.goto('/viec-can-lam');
  await staff.getByText(/^Cấp ủy không họp định kỳ \(\d+\)$/).click();
  await expect(staff.getByText(/không họp \d+ kỳ trong năm/).first()).toBeVisible();

  // The level above sees the committees' and congresses' figures on the dashboard.
  const assessor = await as(browser, 'giamsat');
  await assessor.goto('/sinh-hoat?tab=dashboard');
  const committees = assessor
    .locator('.ant-card')
    .filter({ hasText: 'Cấp ủy họp định kỳ, hội nghị đảng bộ' });
  await expect(committees.getByText(/cấp ủy thiếu kỳ họp/)).toBeVisible();
});
