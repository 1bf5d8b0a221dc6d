export const ROLES = ['admin', 'org_staff', 'secretary', 'viewer', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  org_staff: 'Cán bộ tổ chức',
  secretary: 'Bí thư chi bộ',
  viewer: 'Lãnh đạo (chỉ xem)',
  member: 'Đảng viên',
};

/** Who is calling: a signed-in user, an API token's user, or the CLI acting as the system. */
export interface Actor {
  userId: string | null;
  username: string;
  displayName: string;
  role: Role;
  /** Root of the subtree the actor may see; null for admin (everything). */
  orgId: string | null;
  /** For role member: the only member record they may see. */
  memberId: string | null;
  ip: string | null;
}

/** The CLI and the demo loader act with full rights; their writes are audited under this name. */
export const systemActor = (name = 'system'): Actor => ({
  userId: null,
  username: name,
  displayName: 'Hệ thống',
  role: 'admin',
  orgId: null,
  memberId: null,
  ip: null,
});
