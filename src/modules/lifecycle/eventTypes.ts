/** The membership event vocabulary: stable codes (English, per DOMAIN.md's glossary) and Vietnamese labels. */
export const MEMBERSHIP_EVENT_LABELS = {
  ADMISSION: 'Kết nạp',
  READMISSION: 'Kết nạp lại',
  RECOGNITION: 'Công nhận đảng viên chính thức',
  RECOGNITION_REFUSED: 'Không công nhận chính thức (xóa tên dự bị)',
  TRANSFER_ISSUED: 'Chuyển sinh hoạt chính thức đi (trong hệ thống)',
  TRANSFER_ACCEPTED: 'Tiếp nhận chuyển sinh hoạt chính thức',
  TRANSFER_RETURNED: 'Trả lại giấy chuyển sinh hoạt',
  DEPARTURE: 'Chuyển sinh hoạt ra ngoài',
  ARRIVAL: 'Chuyển đến từ ngoài',
  TEMP_TRANSFER_START: 'Chuyển sinh hoạt tạm thời',
  TEMP_TRANSFER_END: 'Kết thúc sinh hoạt tạm thời',
  INTERNAL_MOVE: 'Chuyển sinh hoạt nội bộ',
  ORG_MERGE: 'Chuyển do sáp nhập tổ chức',
  EXEMPTION_START: 'Miễn công tác và sinh hoạt đảng',
  EXEMPTION_END: 'Thôi miễn công tác và sinh hoạt đảng',
  TEMP_EXEMPTION_START: 'Tạm miễn sinh hoạt',
  TEMP_EXEMPTION_END: 'Thôi tạm miễn sinh hoạt',
  DIED: 'Từ trần',
  EXPELLED: 'Khai trừ',
  REMOVED: 'Xóa tên',
  RESIGNED: 'Xin ra khỏi Đảng',
  ADMISSION_ANNULLED: 'Hủy quyết định kết nạp',
  CORRECTION: 'Đính chính',
} as const;

export type MembershipEventType = keyof typeof MEMBERSHIP_EVENT_LABELS;
export const MEMBERSHIP_EVENT_TYPES = Object.keys(MEMBERSHIP_EVENT_LABELS) as MembershipEventType[];
