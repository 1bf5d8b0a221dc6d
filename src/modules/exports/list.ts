/** A filtered member list as a spreadsheet: the columns of the list page. */
import type { Writable } from 'node:stream';
import { labelOf } from '../../vn/codes/index.ts';
import { escapeCell } from './escape.ts';
import { XlsxWriter } from './xlsx/workbook.ts';

interface ListItem {
  fullName: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  cardNumber: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  status: string | null;
  orgCode: string | null;
  orgName: string | null;
}

export const LIST_COLUMNS = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Chi bộ',
  'Mã chi bộ',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Số thẻ đảng viên',
  'Trạng thái',
];

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function writeMemberList(
  out: Writable,
  page: (n: number) => Promise<{ items: unknown[]; total: number }>,
): Promise<void> {
  const wb = new XlsxWriter(out);
  const ws = wb.sheet('DanhSach', { widths: [6, 28, 8, 12, 12, 32, 18, 14, 14, 14, 12], frozenRows: 1 });
  ws.row(LIST_COLUMNS, 'bold');
  let n = 0;
  for (let p = 1; ; p++) {
    const { items } = await page(p);
    for (const raw of items) {
      const m = raw as ListItem;
      await ws.row([
        ++n,
        escapeCell(m.fullName),
        labelOf('gender', m.gender),
        date(m.birthDate),
        labelOf('ethnicity', m.ethnicity),
        m.orgName && escapeCell(m.orgName),
        m.orgCode,
        date(m.ceremonyDate),
        date(m.officialDate),
        m.cardNumber,
        m.status && labelOf('memberStatus', m.status),
      ]);
    }
    if (items.length < 200) break;
  }
  await wb.finish();
}
