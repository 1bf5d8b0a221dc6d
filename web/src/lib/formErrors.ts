import type { FormInstance } from 'antd';
import { type ApiError, isApiError } from '../api/problem.ts';

/**
 * Puts the server's field errors on the form's fields. Returns the errors that match no field, so
 * the caller can show them (with the detail) above the form.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): string[] {
  if (!isApiError(error)) return [];
  const known = new Set(fields);
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const e of (error as ApiError).fieldErrors) {
    const name = e.path.split('.')[0] ?? '';
    if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), e.message]);
    else rest.push(e.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return rest;
}

export const errorDetail = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
