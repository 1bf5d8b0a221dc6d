export const TEXTS = {
  product: 'Nền Móng',
  tagline: 'Công tác xây dựng Đảng ở cơ sở',
  title: 'Đăng nhập',
  username: 'Tên đăng nhập',
  usernameRequired: 'Nhập tên đăng nhập.',
  password: 'Mật khẩu',
  passwordRequired: 'Nhập mật khẩu.',
  submit: 'Đăng nhập',
  failed: 'Không đăng nhập được',
  locked: 'Tạm thời không đăng nhập được',
  expired: 'Hãy đăng nhập để mở trang bạn cần.',
  footer: '“Chi bộ là nền móng của Đảng.”',
};
