export const TEXTS = {
  noRecordTitle: 'Tài khoản chưa gắn với hồ sơ đảng viên',
  noRecordDetail: 'Hãy liên hệ văn phòng cấp ủy để được gắn tài khoản với hồ sơ của bạn.',
};
