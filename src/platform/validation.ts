import { z } from 'zod';
import { isValidIsoDate } from '../vn/dates.ts';
import { type FieldError, invalidFields } from './errors.ts';

// zod's own Vietnamese messages for everything we do not word ourselves.
z.config(z.locales.vi());

/** A legal date on the wire: 'YYYY-MM-DD', a real calendar day (no 31/02). */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label}: cần một ngày dạng YYYY-MM-DD.` })
    .refine(isValidIsoDate, { error: `${label} không phải là ngày hợp lệ.` });

/** Required one-line text, trimmed, NFC. */
export const text = (label: string, max = 200) =>
  z
    .string({ error: `${label}: cần nhập chữ.` })
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `Nhập ${label.toLowerCase()}.` })
        .max(max, { error: `${label} dài tối đa ${max} ký tự.` }),
    );

/** Optional text: empty string and null both mean "none". */
export const optionalText = (label: string, max = 200) =>
  z
    .string({ error: `${label}: cần nhập chữ.` })
    .max(max, { error: `${label} dài tối đa ${max} ký tự.` })
    .transform((s) => {
      const t = s.normalize('NFC').replace(/\s+/g, ' ').trim();
      return t === '' ? null : t;
    })
    .nullish();

export const optionalDate = (label: string) =>
  z
    .union([isoDate(label), z.literal('').transform(() => null), z.null()], {
      error: `${label} không phải là ngày hợp lệ.`,
    })
    .optional();

/** Parses input against a schema or throws a 400 with one Vietnamese message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidFields(fieldErrors(result.error));
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: [...issue.path, key].join('.'), message: `Trường "${key}" không được hỗ trợ.` });
      }
      continue;
    }
    const path = issue.path.join('.');
    const message =
      issue.code === 'invalid_type' && issue.input === undefined
        ? `Thiếu trường bắt buộc "${path}".`
        : issue.message;
    out.push({ path, message });
  }
  return out;
}
