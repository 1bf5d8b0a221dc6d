import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors.ts';

/** RFC 9457 problem details with Vietnamese text: the one shape every error takes on the wire. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  type: string,
  title: string,
  detail: string,
  errors: FieldError[] = [],
) {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: `/problems/${type}`, title, status, detail, errors });
}

function validationErrors(err: FastifyError, input: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const v of (err.validation ?? []) as {
    instancePath: string;
    keyword: string;
    message?: string;
    params: Record<string, unknown>;
  }[]) {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (v.keyword === 'unrecognized_keys') {
      for (const key of (v.params.keys as string[]) ?? []) {
        out.push({ path: path ? `${path}.${key}` : key, message: `Trường "${key}" không được hỗ trợ.` });
      }
    } else if (v.keyword === 'invalid_type' && valueAt(input, path) === undefined) {
      out.push({ path, message: `Thiếu trường bắt buộc "${path}".` });
    } else out.push({ path, message: v.message ?? 'Giá trị không hợp lệ.' });
  }
  return out;
}

function valueAt(input: unknown, path: string): unknown {
  let v = input;
  for (const key of path ? path.split('.') : []) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

export function errorHandler(err: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError)
    return sendProblem(reply, err.status, err.type, err.title, err.message, err.errors);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const input =
      err.validationContext === 'querystring'
        ? req.query
        : err.validationContext === 'params'
          ? req.params
          : req.body;
    const errors = validationErrors(err, input);
    const where =
      err.validationContext === 'querystring'
        ? 'Tham số tìm kiếm'
        : err.validationContext === 'params'
          ? 'Đường dẫn'
          : 'Dữ liệu gửi lên';
    const detail = errors.length === 1 ? errors[0]!.message : `${where} có ${errors.length} chỗ chưa hợp lệ.`;
    return sendProblem(reply, 400, 'invalid-input', 'Dữ liệu không hợp lệ', detail, errors);
  }
  const fe = err as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(
        reply,
        413,
        'too-large',
        'Dữ liệu quá lớn',
        'Dữ liệu gửi lên vượt quá giới hạn cho phép (1 MB).',
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(
        reply,
        400,
        'malformed-json',
        'JSON không hợp lệ',
        'Dữ liệu gửi lên không phải JSON hợp lệ.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendProblem(
        reply,
        415,
        'unsupported-media-type',
        'Định dạng không hỗ trợ',
        'Hãy gửi dữ liệu dạng application/json.',
      );
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendProblem(
        reply,
        400,
        'bad-length',
        'Độ dài không hợp lệ',
        'Độ dài dữ liệu khai báo không khớp.',
      );
  }
  if (fe.statusCode === 429) {
    return sendProblem(
      reply,
      429,
      'too-many-requests',
      'Quá nhiều yêu cầu',
      'Bạn đã thử quá nhiều lần. Hãy chờ một phút rồi thử lại.',
    );
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return sendProblem(reply, fe.statusCode, 'bad-request', 'Yêu cầu không hợp lệ', 'Yêu cầu không hợp lệ.');
  }
  // Unexpected: always leave a trace, even when the request logger is off.
  req.log.error(err);
  if (req.log.level === 'silent' || !req.log.level)
    process.stderr.write(`[nenmong] ${req.method} ${req.url}: ${(err as Error).stack ?? err}\n`);
  return sendProblem(
    reply,
    500,
    'internal',
    'Lỗi hệ thống',
    'Đã có lỗi ở máy chủ. Thao tác chưa được thực hiện; hãy thử lại hoặc báo quản trị.',
  );
}
