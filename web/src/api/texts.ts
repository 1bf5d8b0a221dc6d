export const TEXTS = {
  network: 'Không kết nối được tới máy chủ. Kiểm tra mạng rồi thử lại.',
  networkTitle: 'Mất kết nối',
  httpError: (status: number) =>
    status >= 500
      ? 'Máy chủ đang gặp lỗi. Hãy thử lại sau ít phút.'
      : `Yêu cầu không thành công (mã ${status}).`,
};
