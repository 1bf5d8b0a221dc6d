/** A field-level problem, shown next to the field in the web app. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * Errors that services throw and the HTTP layer and CLI turn into Vietnamese answers.
 * The message (detail) is written for the user who caused it.
 */
export class AppError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly errors: FieldError[];
  constructor(status: number, type: string, title: string, detail: string, errors: FieldError[] = []) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors;
  }
}

export const badRequest = (detail: string, errors: FieldError[] = []) =>
  new AppError(400, 'invalid-input', 'Dữ liệu không hợp lệ', detail, errors);

export const invalidFields = (errors: FieldError[]) =>
  badRequest(errors.length === 1 ? errors[0]!.message : `Có ${errors.length} trường chưa hợp lệ.`, errors);

export const unauthorized = (detail = 'Bạn cần đăng nhập để tiếp tục.') =>
  new AppError(401, 'unauthorized', 'Chưa đăng nhập', detail);

export const forbidden = (detail = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(403, 'forbidden', 'Không có quyền', detail);

export const notFound = (detail = 'Không tìm thấy dữ liệu yêu cầu.') =>
  new AppError(404, 'not-found', 'Không tìm thấy', detail);

export const conflict = (detail: string, errors: FieldError[] = []) =>
  new AppError(409, 'conflict', 'Xung đột dữ liệu', detail, errors);
