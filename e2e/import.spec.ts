import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoHorizontalOverflow, freshCitizenId, signIn } from './support.ts';

const HEADER = [
  'Mã đảng viên',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Số CCCD',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Mã chi bộ',
];

async function workbook(
  rows: (string | null)[][],
  ratings: (string | number | null)[][] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DangVien');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  if (ratings.length) {
    const xl = wb.addWorksheet('XepLoai');
    xl.addRow(['Năm', 'Kỳ', 'Đối tượng', 'Mã đảng viên', 'Xếp loại']);
    for (const r of ratings) xl.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('an org officer uploads a workbook, reads the report, fixes the file and confirms', async ({ page }) => {
  await signIn(page, 'tochuc');
  // A cell of the demo and a ceremony date when it existed.
  const list = await page.request.get('/api/v1/members?pageSize=1&sort=-ceremonyDate');
  const [newest] = ((await list.json()) as { items: { orgCode: string; ceremonyDate: string }[] }).items;
  const cell = newest!.orgCode;
  const [y, m, d] = newest!.ceremonyDate.split('-');
  const ceremony = `${d}/${m}/${y}`;
  const citizen = freshCitizenId();

  await page
    .getByRole('navigation', { name: 'Điều hướng' })
    .getByRole('menuitem', { name: 'Đảng viên' })
    .click();
  await page.getByRole('link', { name: 'Nhập/xuất Excel' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Nhập và xuất dữ liệu Excel' })).toBeVisible();
  const template = await page.request.get('/api/v1/imports/template');
  expect(template.status()).toBe(200);

  // A file with a mistake: the report says where, nothing can be confirmed.
  await page.locator('input[type=file]').setInputFiles({
    name: 'dang-vien.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook([
      ['E2E-1', 'Lường Văn Nhập', 'Nam', '01/01/1990', 'Thái', citizen, ceremony, null, 'KHONG.CO'],
    ]),
  });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Tệp có 1 lỗi.', { exact: false })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Không có tổ chức đảng mã KHONG\.CO/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập vào hệ thống' })).toBeDisabled();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bản có cột lỗi' }).click();
  expect((await download).suggestedFilename()).toBe('loi-nhap.xlsx');
  await page.setViewportSize({ width: 390, height: 800 });
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize({ width: 1366, height: 800 });

  // The corrected file.
  await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'dang-vien.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(
      [['E2E-1', 'Lường Văn Nhập', 'Nam', '01/01/1990', 'Thái', citizen, ceremony, null, cell]],
      // The year they joined, rated as history with the member the same file brings.
      [[Number(y), 'Năm', 'Đảng viên', 'E2E-1', 'Hoàn thành tốt nhiệm vụ']],
    ),
  });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Tệp hợp lệ', { exact: false })).toBeVisible();
  await expect(page.getByRole('row', { name: /XepLoai \(xếp loại chất lượng\) 1 1/ })).toBeVisible();
  await page.getByRole('button', { name: 'Nhập vào hệ thống' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nhập vào hệ thống' }).click();
  await expect(page.getByText('Đã nhập xong')).toBeVisible();
  await expect(page.getByText('và 1 kết quả xếp loại', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Xem danh sách đảng viên' }).click();
  await page.getByRole('searchbox').first().fill('luong van nhap');
  await expect(page.getByText('Lường Văn Nhập').first()).toBeVisible();
});
