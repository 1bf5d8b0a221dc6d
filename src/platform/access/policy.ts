import type { Ctx } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Role } from './actor.ts';
import { inScope } from './scope.ts';

/**
 * Who may do what, in one place. Deny by default. Anything outside the caller's scope answers 404,
 * as if it did not exist, so ids of other orgs cannot be probed.
 */
const WRITE_ORGS: readonly Role[] = ['admin', 'org_staff'];
const WRITE_MEMBERS: readonly Role[] = ['admin', 'org_staff', 'secretary'];
/** Roles that record members' profiles and history. */
export const WRITE_MEMBER_ROLES = WRITE_MEMBERS;
const READ_ROLL: readonly Role[] = ['admin', 'org_staff', 'secretary', 'viewer'];
/** Roles that manage members and so see confidential dossier fields (citizen ID, religion). */
const MANAGE_MEMBERS: readonly Role[] = ['admin', 'org_staff', 'secretary'];

export const policy = {
  async readOrg(ctx: Ctx, orgId: string): Promise<void> {
    if (!(await inScope(ctx, orgId))) throw notFound('Không tìm thấy tổ chức đảng.');
  },

  async writeOrg(ctx: Ctx, orgId: string): Promise<void> {
    await policy.readOrg(ctx, orgId);
    if (!WRITE_ORGS.includes(ctx.actor.role))
      throw forbidden('Chỉ cán bộ tổ chức mới được thay đổi tổ chức đảng.');
  },

  /** Creating a root org (no parent) is for admins only. */
  createRootOrg(ctx: Ctx): void {
    if (ctx.actor.role !== 'admin')
      throw forbidden('Chỉ quản trị hệ thống mới được lập tổ chức cấp cao nhất.');
  },

  /**
   * Statistics of an org's subtree: counts only, no person, so viewers see them too (religion
   * included, as the reports upwards do); members do not. Outside the scope: 404.
   */
  async readReports(ctx: Ctx, orgId: string): Promise<void> {
    if (!READ_ROLL.includes(ctx.actor.role)) throw forbidden('Bạn không có quyền xem báo cáo thống kê.');
    await policy.readOrg(ctx, orgId);
  },

  /** Statistics of the whole installation (several root orgs): admins only. */
  readWholeInstallation(ctx: Ctx): void {
    if (ctx.actor.role !== 'admin') throw notFound('Không tìm thấy tổ chức đảng.');
  },

  canListMembers(ctx: Ctx): boolean {
    return READ_ROLL.includes(ctx.actor.role);
  },

  /** orgId: the member's current (or last) org. */
  async readMember(ctx: Ctx, memberId: string, orgId: string | null): Promise<void> {
    if (ctx.actor.role === 'member') {
      if (ctx.actor.memberId !== memberId) throw notFound('Không tìm thấy đảng viên.');
      return;
    }
    if (!(await inScope(ctx, orgId))) throw notFound('Không tìm thấy đảng viên.');
  },

  async seesConfidential(ctx: Ctx, memberId: string, orgId: string | null): Promise<boolean> {
    if (ctx.actor.role === 'member') return ctx.actor.memberId === memberId;
    return MANAGE_MEMBERS.includes(ctx.actor.role) && (await inScope(ctx, orgId));
  },

  /** Whether the web app should offer "Sửa" on a member of this org. */
  async canEditMember(ctx: Ctx, orgId: string | null): Promise<boolean> {
    return WRITE_MEMBERS.includes(ctx.actor.role) && (await inScope(ctx, orgId));
  },

  /** Candidates for admission: kept by those who keep the roll of their cell; viewers read them. */
  async readCandidate(ctx: Ctx, orgId: string): Promise<void> {
    if (!READ_ROLL.includes(ctx.actor.role) || !(await inScope(ctx, orgId)))
      throw notFound('Không tìm thấy người vào Đảng.');
  },

  async writeCandidate(ctx: Ctx, orgId: string): Promise<void> {
    await policy.readCandidate(ctx, orgId);
    if (!WRITE_MEMBERS.includes(ctx.actor.role))
      throw forbidden('Bạn chỉ có quyền xem, không được cập nhật hồ sơ kết nạp đảng viên.');
  },

  async canEditCandidate(ctx: Ctx, orgId: string): Promise<boolean> {
    return WRITE_MEMBERS.includes(ctx.actor.role) && (await inScope(ctx, orgId));
  },

  /** The admission rules' configurable values are set for the whole installation. */
  editAdmissionSettings(ctx: Ctx): void {
    if (ctx.actor.role !== 'admin')
      throw forbidden('Chỉ quản trị hệ thống mới được thay đổi cấu hình quy trình kết nạp.');
  },

  async writeMember(ctx: Ctx, memberId: string | null, orgId: string | null): Promise<void> {
    if (memberId) await policy.readMember(ctx, memberId, orgId);
    else if (!(await inScope(ctx, orgId))) throw notFound('Không tìm thấy chi bộ.');
    if (!WRITE_MEMBERS.includes(ctx.actor.role))
      throw forbidden('Bạn chỉ có quyền xem, không được sửa hồ sơ đảng viên.');
  },
};
