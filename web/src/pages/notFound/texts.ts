export const TEXTS = {
  title: 'Không tìm thấy trang',
  detail: 'Đường dẫn không đúng hoặc trang đã được chuyển đi.',
  home: 'Về trang chính',
};
