// Zero-width characters sneak in from copy-pasted spreadsheets and web forms; they are invisible to
// users yet break equality and search, so they never reach storage.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const WHITESPACE_RUN = /\s+/g;
const COMBINING_MARK = /\p{M}/gu;
// U+00D0/U+00F0 (eth) are what legacy encodings and some keyboards produce instead of Đ/đ.
const D_STROKE = /[đðĐÐ]/g;
const PLAIN_ASCII = /^[!-~]*$/;

/** The form we store: NFC, no zero-width characters, single inner spaces, trimmed. */
export function normalizeText(s: string): string {
  // Codes, numbers and dates (most cells of an import) are plain ASCII without spaces: nothing to do.
  if (PLAIN_ASCII.test(s)) return s;
  return s.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Search key insensitive to case and diacritics: "Nguyễn Văn Đức" → "nguyen van duc".
 * Lowercasing comes before stripping marks so that letters whose lowercase form carries a combining
 * mark (Turkish İ) lose it too.
 */
export function foldVietnamese(s: string): string {
  return normalizeText(s).toLowerCase().normalize('NFD').replace(COMBINING_MARK, '').replace(D_STROKE, 'd');
}
