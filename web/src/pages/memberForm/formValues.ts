import type { Dayjs } from 'dayjs';
import type { Member, MemberProfile } from '../../api/types.ts';
import { fromIso, toIso } from '../../lib/dates.ts';
import type { FieldName } from './texts.ts';

export const DATE_FIELDS = ['birthDate', 'admissionDecisionDate', 'ceremonyDate', 'officialDate'] as const;
type DateField = (typeof DATE_FIELDS)[number];
export const CONFIDENTIAL_FIELDS = ['citizenId', 'religion', 'religiousAdherence'] as const;

export const FIELDS: readonly FieldName[] = [
  'fullName',
  'birthName',
  'gender',
  'birthDate',
  'ethnicity',
  'religion',
  'religiousAdherence',
  'citizenId',
  'phone',
  'hometown',
  'residence',
  'education',
  'professional',
  'politicalTheory',
  'foreignLanguage',
  'occupation',
  'jobTitle',
  'workplace',
  'orgCode',
  'cardNumber',
  'dossierNumber',
  'badgeNumber',
  'admissionDecisionDate',
  'ceremonyDate',
  'officialDate',
];

/** What the form holds: text and codes as strings, dates as dayjs values. */
export type FormValues = Partial<Record<Exclude<FieldName, DateField>, string | null>> &
  Partial<Record<DateField, Dayjs | null>>;

const isDate = (k: string): k is DateField => (DATE_FIELDS as readonly string[]).includes(k);

export function toFormValues(m: Member): FormValues {
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) {
    const v = (m as unknown as Record<string, string | null | undefined>)[k];
    out[k] = isDate(k) ? fromIso(v) : (v ?? undefined);
  }
  return out as FormValues;
}

/** Form values → the API's profile: trimmed text, empty as null, dates 'YYYY-MM-DD'. */
export function toProfile(v: FormValues, fields: readonly FieldName[]): Partial<MemberProfile> {
  const out: Record<string, string | null> = {};
  for (const k of fields) {
    const raw = (v as Record<string, unknown>)[k];
    if (isDate(k)) out[k] = toIso(raw as Dayjs | null | undefined);
    else if (typeof raw === 'string') out[k] = raw.trim() || null;
    else out[k] = null;
  }
  return out as Partial<MemberProfile>;
}

/** Only what differs from the stored record (for PATCH). */
export function changedFields(next: Partial<MemberProfile>, before: Member): Partial<MemberProfile> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) {
    const old = (before as unknown as Record<string, unknown>)[k] ?? null;
    if ((v ?? null) !== old) out[k] = v;
  }
  return out as Partial<MemberProfile>;
}
