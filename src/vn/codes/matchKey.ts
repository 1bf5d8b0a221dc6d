import { foldVietnamese } from '../fold.ts';
import type { CodeItem, CodeList } from './types.ts';

// Spreadsheets and forms write the same value as "Ê-đê", "Ê Đê", "Êđê", "Ê‘Đê", "H’Mông" or "Thôn, bản":
// punctuation and spacing carry no meaning in a code's name. ʼ (U+02BC) is a letter to Unicode and `´
// are symbols, but people type them as apostrophes.
const IGNORED = /[\s\p{P}\u02BC`\u00B4]/gu;
// Vietnamese spells the same syllable with i or y ("kỹ sư"/"kĩ sư", "lý luận"/"lí luận").
const Y = /y/g;

/** The form compared when resolving user input to a code: folded, no punctuation, y = i. */
export function matchKey(s: string): string {
  return foldVietnamese(s).replace(IGNORED, '').replace(Y, 'i');
}

const DIGITS = /^\d+$/;

const indexes = new WeakMap<CodeList, ReadonlyMap<string, CodeItem>>();

/**
 * Match key → item, for the code, the label and every alias. Two items sharing a key would make input
 * ambiguous, so that is a data error caught here (and by the lists' tests).
 */
export function indexOf(list: CodeList): ReadonlyMap<string, CodeItem> {
  const cached = indexes.get(list);
  if (cached) return cached;
  const index = new Map<string, CodeItem>();
  for (const item of list.items) {
    // Spreadsheets store a numeric code such as "05" as the number 5.
    const unpadded = DIGITS.test(item.code) ? [String(Number(item.code))] : [];
    for (const text of [item.code, ...unpadded, item.label, ...(item.aliases ?? [])]) {
      const key = matchKey(text);
      const existing = index.get(key);
      if (key === '') throw new Error(`Code list ${list.name}: empty key for ${item.code}`);
      if (existing && existing !== item) {
        throw new Error(`Code list ${list.name}: "${text}" matches both ${existing.code} and ${item.code}`);
      }
      index.set(key, item);
    }
  }
  indexes.set(list, index);
  return index;
}

/** The item whose code, label or alias matches the input; null for blank or unknown input. */
export function findItem<L extends CodeList>(
  list: L,
  input: string | null | undefined,
): L['items'][number] | null {
  if (input === null || input === undefined) return null;
  const key = matchKey(input);
  if (key === '') return null;
  return indexOf(list).get(key) ?? null;
}
