import type { FastifyInstance } from 'fastify';
import { CODE_LISTS } from '../../vn/codes/index.ts';

/** Every code list with its Vietnamese labels, for the web app's selects and filters. */
export function codeRoutes(app: FastifyInstance) {
  const payload = Object.fromEntries(
    Object.entries(CODE_LISTS).map(([name, list]) => [
      name,
      { label: list.label, items: list.items.map((i) => ({ code: i.code, label: i.label })) },
    ]),
  );
  app.get('/api/v1/codes', { schema: { tags: ['codes'], summary: 'Danh mục mã' } }, async () => payload);
}
