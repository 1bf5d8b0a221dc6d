export const PICKER_TEXTS = {
  placeholder: 'Gõ tên hoặc mã tổ chức để tìm',
  typeMore: 'Gõ ít nhất 2 ký tự để tìm',
  searching: 'Đang tìm…',
  none: 'Không tìm thấy tổ chức phù hợp',
  codeOption: (code: string) => `Dùng mã “${code}” (tổ chức ngoài phạm vi tìm kiếm)`,
};
