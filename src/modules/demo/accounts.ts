/** The demo's sign-in accounts, one per role; printed by `npm start` and used by the browser tests. */
export const DEMO_PASSWORD = 'nenmong-demo';

export interface DemoAccount {
  username: string;
  role: 'admin' | 'org_staff' | 'secretary' | 'viewer' | 'member';
  displayName: string;
  /**
   * Where the account is scoped: the root org, the first village cell, or that cell's first member;
   * 'committee' (the committee above that cell) is created by the meetings demo (demo/meetings.ts).
   */
  scope: 'none' | 'root' | 'cell' | 'member' | 'committee';
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', role: 'admin', displayName: 'Quản trị hệ thống', scope: 'none' },
  { username: 'tochuc', role: 'org_staff', displayName: 'Cán bộ Ban Tổ chức', scope: 'root' },
  { username: 'lanhdao', role: 'viewer', displayName: 'Thường trực cấp ủy', scope: 'root' },
  { username: 'bithu', role: 'secretary', displayName: 'Bí thư chi bộ', scope: 'cell' },
  { username: 'dangvien', role: 'member', displayName: 'Đảng viên', scope: 'member' },
  { username: 'giamsat', role: 'org_staff', displayName: 'Cán bộ cấp trên dự sinh hoạt', scope: 'committee' },
];
