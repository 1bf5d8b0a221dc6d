import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction, one, uniqueViolation } from '../../platform/db/query.ts';
import { AppError, conflict, invalidFields, notFound } from '../../platform/errors.ts';
import { newId, sha256Bytes } from './ids.ts';
import { memberListedAt } from './member.ts';
import { writableMeeting } from './plans.ts';
import { meetingPolicy } from './policy.ts';
import { loadMeeting } from './queries.ts';
import { DOCUMENT_TYPES, sniffDocumentType } from './rules.ts';
import { loadMeetingSettings } from './settings.ts';

export const tooLarge = (maxBytes: number) =>
  new AppError(
    413,
    'too-large',
    'Tệp quá lớn',
    `Tệp vượt quá giới hạn ${(maxBytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB.`,
  );

/** Attaches a document; its type is read from the content, its size checked against the settings. */
export async function uploadDocument(ctx: Ctx, id: string, file: { fileName: string; bytes: Buffer }) {
  const m = await writableMeeting(ctx, id, { closedOk: true });
  const settings = await loadMeetingSettings(ctx.db);
  if (file.bytes.length > settings.maxDocumentBytes) throw tooLarge(settings.maxDocumentBytes);
  if (file.bytes.length === 0) throw invalidFields([{ path: 'file', message: 'Tệp rỗng.' }]);
  const type = sniffDocumentType(file.bytes);
  if (!type)
    throw invalidFields([
      {
        path: 'file',
        message: `Tệp "${file.fileName}" không phải PDF, DOCX, XLSX hay ảnh PNG/JPEG (kiểm tra theo nội dung tệp).`,
      },
    ]);
  const fileName =
    file.fileName
      .normalize('NFC')
      // Path separators and control characters never reach a Content-Disposition header.
      .replace(/[\\/]/g, '_')
      .replace(/\p{Cc}/gu, '_')
      .slice(0, 200) || 'tai-lieu';
  const docId = newId();
  const hash = sha256Bytes(file.bytes);
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO meeting_documents (id, meeting_id, file_name, mime_type, size, sha256, content, uploaded_by)
      VALUES (${docId}, ${m.id}, ${fileName}, ${type}, ${file.bytes.length}, ${hash}, ${file.bytes}, ${ctx.actor.username})`);
    await recordAudit(tx, ctx, {
      action: 'meeting.document.upload',
      entityType: 'meeting_document',
      entityId: docId,
      after: { meetingId: m.id, fileName, mimeType: type, size: file.bytes.length, sha256: hash },
    });
  }).catch((e) => {
    if (uniqueViolation(e)) throw conflict('Tệp này đã được đính kèm vào buổi sinh hoạt.');
    throw e;
  });
  return { id: docId, fileName, mimeType: type, typeLabel: DOCUMENT_TYPES[type], size: file.bytes.length };
}

/**
 * A document's bytes for someone allowed to see the meeting: those who keep or oversee the cell, or a
 * member listed at it. Every download is audited.
 */
export async function downloadDocument(ctx: Ctx, id: string, docId: string) {
  const m = await loadMeeting(ctx.db, id);
  if (!m || !/^[0-9a-f-]{36}$/i.test(docId)) throw notFound('Không tìm thấy tài liệu.');
  if (ctx.actor.role === 'member') {
    if (!(await memberListedAt(ctx, m))) throw notFound('Không tìm thấy tài liệu.');
  } else await meetingPolicy.read(ctx, m.orgId);
  const doc = await one<{ fileName: string; mimeType: string; content: Buffer | Uint8Array }>(
    ctx.db,
    sql`SELECT file_name AS "fileName", mime_type AS "mimeType", content FROM meeting_documents
        WHERE id = ${docId} AND meeting_id = ${id}`,
  );
  if (!doc) throw notFound('Không tìm thấy tài liệu.');
  await inTransaction(ctx.db, (tx) =>
    recordAudit(tx, ctx, {
      action: 'meeting.document.download',
      entityType: 'meeting_document',
      entityId: docId,
      after: { meetingId: id, fileName: doc.fileName },
    }),
  );
  return { fileName: doc.fileName, mimeType: doc.mimeType, content: Buffer.from(doc.content) };
}
