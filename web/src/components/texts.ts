export const TEXTS = {
  loading: 'Đang tải…',
  retry: 'Thử lại',
  home: 'Về trang chính',
  errorTitle: 'Không tải được dữ liệu',
  forbiddenTitle: 'Không có quyền truy cập',
  notFoundTitle: 'Không tìm thấy',
  offlineTitle: 'Mất kết nối',
  none: '—',
  crashTitle: 'Trang gặp lỗi khi hiển thị',
  crashDetail: 'Có thể mạng bị gián đoạn khi tải trang hoặc phần mềm vừa được cập nhật. Hãy tải lại trang.',
  reloadPage: 'Tải lại trang',
};
