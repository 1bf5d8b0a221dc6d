/**
 * The event vocabulary of the import file (the codes) and how each maps onto the app's
 * membership events. Labels are accepted like any code list's labels.
 */
import { findItem } from '../../vn/codes/matchKey.ts';
import { defineCodeList } from '../../vn/codes/types.ts';

export const FILE_EVENT_TYPES = defineCodeList('eventType', 'Loại biến động', [
  { code: 'KET_NAP', label: 'Kết nạp' },
  { code: 'KET_NAP_LAI', label: 'Kết nạp lại' },
  {
    code: 'CONG_NHAN_CHINH_THUC',
    label: 'Công nhận chính thức',
    aliases: ['Công nhận đảng viên chính thức', 'Chuyển chính thức'],
  },
  { code: 'CHUYEN_DEN', label: 'Chuyển đến', aliases: ['Chuyển sinh hoạt đến', 'Tiếp nhận'] },
  {
    code: 'CHUYEN_DI',
    label: 'Chuyển đi',
    aliases: ['Chuyển sinh hoạt đi', 'Chuyển sinh hoạt chính thức đi'],
  },
  { code: 'CHUYEN_NOI_BO', label: 'Chuyển sinh hoạt nội bộ', aliases: ['Chuyển nội bộ', 'Chuyển chi bộ'] },
  {
    code: 'MIEN_SINH_HOAT',
    label: 'Miễn công tác và sinh hoạt đảng',
    aliases: ['Miễn sinh hoạt', 'Miễn công tác và sinh hoạt'],
  },
  {
    code: 'HET_MIEN_SINH_HOAT',
    label: 'Thôi miễn công tác và sinh hoạt đảng',
    aliases: ['Hết miễn sinh hoạt', 'Thôi miễn sinh hoạt'],
  },
  { code: 'TAM_MIEN', label: 'Tạm miễn sinh hoạt', aliases: ['Tạm miễn'] },
  { code: 'HET_TAM_MIEN', label: 'Thôi tạm miễn sinh hoạt', aliases: ['Hết tạm miễn'] },
  { code: 'TU_TRAN', label: 'Từ trần', aliases: ['Chết', 'Mất'] },
  { code: 'KHAI_TRU', label: 'Khai trừ' },
  { code: 'XOA_TEN', label: 'Xóa tên' },
  { code: 'XIN_RA_KHOI_DANG', label: 'Xin ra khỏi Đảng', aliases: ['Ra khỏi Đảng'] },
  { code: 'HUY_KET_NAP', label: 'Hủy quyết định kết nạp', aliases: ['Hủy kết nạp'] },
] as const);

export type FileEventType = (typeof FILE_EVENT_TYPES)['items'][number]['code'];

export function resolveFileEventType(input: string | null | undefined): FileEventType | null {
  return (findItem(FILE_EVENT_TYPES, input)?.code as FileEventType | undefined) ?? null;
}
