import { inScope, scopeOf } from '../../platform/access/scope.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';

/**
 * Who may do what in a rating round, in one place (DOMAIN.md, ratings flow; Hướng dẫn 21-HD/BTCTW and
 * 43-HD/BTCTW on the order: tự kiểm điểm → chi bộ đề xuất → đảng ủy cơ sở quyết định đảng viên và chi
 * bộ trực thuộc → cấp ủy cấp trên quyết định tổ chức cơ sở đảng). Deny by default; outside the
 * caller's scope answers 404. The member's own self-assessment is checked in self.ts (their own row).
 */
const READ = ['admin', 'org_staff', 'secretary', 'viewer'];
const WRITE = ['admin', 'org_staff', 'secretary'];

export const ratingPolicy = {
  async read(ctx: Ctx, orgId: string): Promise<void> {
    if (!READ.includes(ctx.actor.role) || !(await inScope(ctx, orgId)))
      throw notFound('Không tìm thấy đợt đánh giá, xếp loại hoặc tổ chức đảng.');
  },

  /**
   * What part of a round the caller sees: all of it when it was opened in their subtree, their own
   * subtree when it was opened above them (a cell's secretary in the commune's round). Returns that
   * part's path prefix.
   */
  async roundView(ctx: Ctx, roundPath: string): Promise<string> {
    const p = READ.includes(ctx.actor.role) ? (await scopeOf(ctx)).pathPrefix : '/\u0000nothing/';
    if (p === null || roundPath.startsWith(p)) return roundPath;
    if (p.startsWith(roundPath)) return p;
    throw notFound('Không tìm thấy đợt đánh giá, xếp loại.');
  },

  /** Opening and closing a round, recording disciplines and remediation plans. */
  async write(ctx: Ctx, orgId: string): Promise<void> {
    await ratingPolicy.read(ctx, orgId);
    if (!WRITE.includes(ctx.actor.role))
      throw forbidden('Bạn chỉ có quyền xem, không được ghi đánh giá, xếp loại.');
  },

  /** The cell proposes its members' levels and its own; a committee above may enter it for the cell. */
  async propose(ctx: Ctx, cellId: string): Promise<void> {
    await ratingPolicy.write(ctx, cellId);
  },

  /**
   * A decision is taken by the one committee the regulation names: `decider` is that org (the
   * grassroots committee for its members and subordinate cells, the committee above for a grassroots
   * org). Only its own staff or secretary decide, or an admin; a cell secretary or a district's staff
   * deciding a commune's members is the wrong level.
   */
  async decide(ctx: Ctx, subjectOrgId: string, decider: { id: string; name: string }, what: string) {
    await ratingPolicy.write(ctx, subjectOrgId);
    if (ctx.actor.role === 'admin') return;
    if (ctx.actor.orgId !== decider.id)
      throw forbidden(`Quyết định xếp loại ${what} thuộc thẩm quyền của ${decider.name}.`);
  },
};
