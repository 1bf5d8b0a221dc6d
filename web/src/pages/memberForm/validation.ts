import type { FormInstance, FormRule as Rule } from 'antd';
import { todayIso, toIso } from '../../lib/dates.ts';
import {
  CARD_NUMBER,
  CITIZEN_ID,
  DOSSIER_NUMBER,
  dateProblems,
  PHONE,
  religionProblems,
} from '../../shared.ts';
import type { FormValues } from './formValues.ts';
import { TEXTS } from './texts.ts';

/**
 * Client checks that mirror the server's: the same rule functions (shared with src/), so a user sees
 * the message before sending. The server checks again and has the last word.
 */
const patternRule = (re: RegExp, message: string, normalize: (s: string) => string): Rule => ({
  validator: (_, value: string | null | undefined) =>
    !value?.trim() || re.test(normalize(value)) ? Promise.resolve() : Promise.reject(new Error(message)),
});

const compact = (s: string) => s.replace(/\s+/g, '');

export const citizenIdRule = patternRule(CITIZEN_ID, TEXTS.citizenIdInvalid, compact);
export const cardNumberRule = patternRule(CARD_NUMBER, TEXTS.cardInvalid, compact);
export const dossierRule = patternRule(DOSSIER_NUMBER, TEXTS.dossierInvalid, (s) => compact(s).toUpperCase());
export const phoneRule = patternRule(PHONE, TEXTS.phoneInvalid, (s) => s.trim());

/** The order and age rules of the admission dates (birth < decision ≤ ceremony ≤ official; 18+). */
export const dateRule =
  (field: string) =>
  (form: FormInstance<FormValues>): Rule => ({
    validator: () => {
      const v = form.getFieldsValue(true) as FormValues;
      const birthDate = toIso(v.birthDate);
      if (!birthDate) return Promise.resolve();
      const problems = dateProblems(
        {
          birthDate,
          admissionDecisionDate: toIso(v.admissionDecisionDate),
          ceremonyDate: toIso(v.ceremonyDate),
          officialDate: toIso(v.officialDate),
        },
        todayIso(),
      )
        // With no decision date the ceremony date stands in for it: show its problems there.
        .map((p) =>
          p.path === 'admissionDecisionDate' && !v.admissionDecisionDate ? { ...p, path: 'ceremonyDate' } : p,
        )
        .filter((p) => p.path === field && !(field === 'ceremonyDate' && !v.ceremonyDate));
      return problems.length ? Promise.reject(new Error(problems[0]!.message)) : Promise.resolve();
    },
  });

export const adherenceRule = (form: FormInstance<FormValues>): Rule => ({
  validator: () => {
    const v = form.getFieldsValue(true) as FormValues;
    const p = religionProblems(v.religion, v.religiousAdherence);
    return p.length ? Promise.reject(new Error(p[0]!.message)) : Promise.resolve();
  },
});
