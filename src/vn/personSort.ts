import { normalizeText } from './fold.ts';

// Vietnamese collation (the order of the alphabet taught in school, also CLDR "vi"): ă â đ ê ô ơ ư
// are letters of their own, sorting right after their base letter; tones are a secondary difference.
//
// Key layout, chosen so plain byte order (PostgreSQL COLLATE "C") gives that collation:
//   <given> "," <middle names joined by "-"> "," <family> " " <tone digits per word, joined by "-">
// Middle names are compared as a group before the family name, so "Nguyễn Thị An" comes before
// "Lê Thị Minh An" (fewer middle names first) rather than interleaving family and middle names.
// - Base letters a–z and digits stand for themselves; ă â đ ê ô ơ ư are their base letter followed
//   by "|" or "}", which sort above every letter, so "ănh" comes after "az…" but before "â…".
// - Any other letter becomes "{" + 6 hex digits of its code point: after z, before the markers.
// - Separators sort below every letter and digit, the stronger one lower: " " (tones follow) < ","
//   (next group) < "-" (next middle name). So a name that is a prefix of another sorts first, and
//   tones only break ties between names whose letters are all equal.
const LEVEL_SEPARATOR = ' ';
const GROUP_SEPARATOR = ',';
const WORD_SEPARATOR = '-';
const UNKNOWN_LETTER = '{';

const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031B';

// Tones in the order of the Vietnamese dictionary: ngang (none) 0, huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5.
const TONE_OF_MARK: ReadonlyMap<string, string> = new Map([
  ['\u0300', '1'],
  ['\u0309', '2'],
  ['\u0303', '3'],
  ['\u0301', '4'],
  ['\u0323', '5'],
]);

const MODIFIED_LETTER: ReadonlyMap<string, string> = new Map([
  [`a${BREVE}`, 'a|'],
  [`a${CIRCUMFLEX}`, 'a}'],
  [`e${CIRCUMFLEX}`, 'e|'],
  [`o${CIRCUMFLEX}`, 'o|'],
  [`o${HORN}`, 'o}'],
  [`u${HORN}`, 'u|'],
]);

const D_STROKE = new Set(['đ', 'ð']);
const ASCII_LETTER_OR_DIGIT = /^[a-z0-9]$/;
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

type EncodedWord = { letters: string; tones: string };

function encodeWord(word: string): EncodedWord {
  let letters = '';
  let tones = '';
  const chars = Array.from(word.normalize('NFD'));
  let i = 0;
  while (i < chars.length) {
    const base = chars[i++] as string;
    let modifier = '';
    while (i < chars.length && MARK.test(chars[i] as string)) {
      const mark = chars[i++] as string;
      const tone = TONE_OF_MARK.get(mark);
      if (tone !== undefined) tones += tone;
      else if (mark === BREVE || mark === CIRCUMFLEX || mark === HORN) modifier = mark;
    }
    if (D_STROKE.has(base)) letters += 'd|';
    else if (ASCII_LETTER_OR_DIGIT.test(base)) letters += MODIFIED_LETTER.get(base + modifier) ?? base;
    else if (LETTER.test(base)) {
      letters += UNKNOWN_LETTER + (base.codePointAt(0) as number).toString(16).padStart(6, '0');
    }
    // Anything else (apostrophes in "H'Hen", hyphens, dots) does not take part in the order.
  }
  return { letters, tones: tones === '' ? '0' : tones };
}

/**
 * ASCII key whose byte order sorts people the Vietnamese way: given name (last word), then middle
 * names in order, then family name (first word); Vietnamese alphabet within a word; tones only
 * when all letters are equal. Case-insensitive; "" for a blank name.
 */
export function personSortKey(fullName: string): string {
  const words = normalizeText(fullName)
    .toLowerCase()
    .split(' ')
    .map(encodeWord)
    .filter((w) => w.letters !== '');
  const given = words.pop();
  if (given === undefined) return '';
  // A one-word name is a given name without a family name.
  const family = words.shift();
  const middles = words;
  const letters = [
    given.letters,
    middles.map((w) => w.letters).join(WORD_SEPARATOR),
    family?.letters ?? '',
  ].join(GROUP_SEPARATOR);
  const tones = [given, ...middles, ...(family ? [family] : [])].map((w) => w.tones).join(WORD_SEPARATOR);
  return letters + LEVEL_SEPARATOR + tones;
}

/** Comparator for Array.prototype.sort, consistent with ORDER BY personSortKey COLLATE "C". */
export function comparePersonNames(a: string, b: string): -1 | 0 | 1 {
  const ka = personSortKey(a);
  const kb = personSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
