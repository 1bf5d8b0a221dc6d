import { inScope } from '../../platform/access/scope.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';

/**
 * Who may do what to meetings, in one place. Deny by default; anything outside the caller's scope
 * answers 404. Members reach meetings only through their own view (member.ts), which checks that
 * they are listed.
 */
const READ = ['admin', 'org_staff', 'secretary', 'viewer'];
const WRITE = ['admin', 'org_staff', 'secretary'];

export const meetingPolicy = {
  async read(ctx: Ctx, orgId: string): Promise<void> {
    if (!READ.includes(ctx.actor.role) || !(await inScope(ctx, orgId)))
      throw notFound('Không tìm thấy buổi sinh hoạt.');
  },

  /** Planning, attendance, minutes, tasks, closing and the cell's self-assessment. */
  async write(ctx: Ctx, orgId: string): Promise<void> {
    await meetingPolicy.read(ctx, orgId);
    if (!WRITE.includes(ctx.actor.role))
      throw forbidden('Bạn chỉ có quyền xem, không được ghi sinh hoạt chi bộ.');
  },

  async canWrite(ctx: Ctx, orgId: string): Promise<boolean> {
    return WRITE.includes(ctx.actor.role) && (await inScope(ctx, orgId));
  },

  /**
   * The level above: confirming a meeting's quality and assigning who attends it belong to a committee
   * above the cell (its scope holds the cell, and the cell is not its own org), or to an admin.
   */
  async above(ctx: Ctx, orgId: string, what: string): Promise<void> {
    await meetingPolicy.read(ctx, orgId);
    if (ctx.actor.role === 'admin') return;
    if (!WRITE.includes(ctx.actor.role) || ctx.actor.orgId === orgId)
      throw forbidden(`Chỉ cấp ủy cấp trên mới được ${what}.`);
  },

  async isAbove(ctx: Ctx, orgId: string): Promise<boolean> {
    if (!(await inScope(ctx, orgId))) return false;
    return ctx.actor.role === 'admin' || (WRITE.includes(ctx.actor.role) && ctx.actor.orgId !== orgId);
  },

  editSettings(ctx: Ctx): void {
    if (ctx.actor.role !== 'admin')
      throw forbidden('Chỉ quản trị hệ thống mới được thay đổi cấu hình sinh hoạt chi bộ.');
  },
};
