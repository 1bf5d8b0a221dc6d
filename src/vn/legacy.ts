/**
 * Text typed in the legacy 8-bit Vietnamese encodings that old offices' spreadsheets still hold,
 * read back as Unicode. Excel stores such text as the Windows-1252 characters of the bytes, so
 * "Nguyễn" typed in a TCVN3 (ABC) font arrives as "NguyÔn", and in a VNI font as "Nguyeãn".
 */

// TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per letter. Lowercase letters; the capital font
// (.VnTimeH) draws the same bytes as capitals, and Â Ă Ê Ô Ơ Ư Đ have their own bytes.
const TCVN3_PAIRS =
  'µàa¸áa©âa·ãaÌèeÐéeªêe×ìiÝíißòoãóo«ôoâõoïùuóúuýýy¨ăa®đdÜĩiòũu¬ơo\u00adưu¹ạa¶ảaÊấaÇầaÈẩaÉẫaËậa¾ắa»ằa¼ẳa½ẵaÆặa' +
  'ÑẹeÎẻeÏẽeÕếeÒềeÓểeÔễeÖệeØỉiÞịiäọoáỏoèốoåồoæổoçỗoéộoíớoêờoëởoìỡoîợoôụuñủuøứuõừuöửu÷ữuùựuúỳyþỵyûỷyüỹy' +
  '¢ÂA£ÊE¤ÔO¡ĂA§ĐD¥ƠO¦ƯU';
const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 3) TCVN3.set(TCVN3_PAIRS[i]!, TCVN3_PAIRS[i + 1]!);

// VNI Windows: a base letter followed by a mark byte. Tones: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng;
// â circumflex (á à å ã ä with a tone), ê breve (é è ú ü ë with a tone). ô is ơ, ö is ư, ñ is đ,
// and i's tones are single bytes (í ì æ ó ò), like ỵ (î).
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';
const VNI_TONES: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT };
const VNI_CIRC: Record<string, string> = {
  â: CIRC,
  á: CIRC + ACUTE,
  à: CIRC + GRAVE,
  å: CIRC + HOOK,
  ã: CIRC + TILDE,
  ä: CIRC + DOT,
};
const VNI_BREVE: Record<string, string> = {
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};
const VNI_SINGLE: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

/** The marks a VNI mark byte adds to the letter before it, or undefined when it is not a mark there. */
function vniMarks(base: string, mark: string): string | undefined {
  const b = base.toLowerCase();
  const m = mark.toLowerCase();
  if ('aeouyôö'.includes(b) && VNI_TONES[m]) return VNI_TONES[m];
  if ('aeo'.includes(b) && VNI_CIRC[m]) return VNI_CIRC[m];
  if (b === 'a' && VNI_BREVE[m]) return VNI_BREVE[m];
  return undefined;
}

const upperLike = (ch: string, like: string) => (like === like.toUpperCase() ? ch.toUpperCase() : ch);

export function vniToUnicode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const lower = ch.toLowerCase();
    const base = VNI_SINGLE[lower] && 'ôö'.includes(lower) ? upperLike(VNI_SINGLE[lower]!, ch) : ch;
    const next = s[i + 1];
    const marks = next !== undefined && /\p{L}/u.test(ch) ? vniMarks(ch, next) : undefined;
    if (marks) {
      out += base + marks;
      i++;
    } else if (VNI_SINGLE[lower]) out += upperLike(VNI_SINGLE[lower]!, ch);
    else out += ch;
  }
  return out.normalize('NFC');
}

export function tcvn3ToUnicode(s: string): string {
  const converted = [...s].map((ch) => TCVN3.get(ch) ?? ch).join('');
  // A word typed in the capital font: its plain letters are capitals, its Vietnamese bytes the
  // lowercase ones the font draws as capitals ("NGUYÔN" → "NGUYỄN").
  return converted.replace(/\p{L}+/gu, (word) => {
    const ascii = word.replace(/[^A-Za-z]/g, '');
    return ascii.length >= 2 && ascii === ascii.toUpperCase() ? word.toUpperCase() : word;
  });
}

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Bytes 0xA1–0xBF and the soft hyphen are letters in TCVN3 and in no Vietnamese Unicode text or VNI. */
const TCVN3_ONLY = /[\u00A1-\u00BF]/;
/** Latin-1 letters Vietnamese never uses: a legacy encoding's bytes. */
const NOT_VIETNAMESE = /[äåæçëîïñöøûüþÄÅÆÇËÎÏÑÖØÛÜÞ]/;
/**
 * A vowel followed by a VNI mark byte in a way Unicode Vietnamese never writes: after a or e no
 * marked vowel follows in any syllable, after o no circumflex (oà, oá, oã are Unicode's hoà, hoá, hoãn).
 */
const VNI_PAIR = /[aAeE][âáàåãäêéèúüëùøûõïÂÁÀÅÃÄÊÉÈÚÜËÙØÛÕÏ]|[oO][âåäÂÅÄ]|[ôöÔÖuUyY][ùøûõïÙØÛÕÏ]/;

/** Which legacy encoding a text is in, if any. Plain Unicode Vietnamese answers null. */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  if (TCVN3_ONLY.test(s)) return 'TCVN3';
  if (VNI_PAIR.test(s)) return 'VNI';
  if (NOT_VIETNAMESE.test(s)) return 'TCVN3';
  return null;
}

/** The text as Unicode NFC, and the encoding it was converted from (null when it was Unicode). */
export function fromLegacy(s: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(s);
  if (encoding === 'TCVN3') return { text: tcvn3ToUnicode(s).normalize('NFC'), encoding };
  if (encoding === 'VNI') return { text: vniToUnicode(s), encoding };
  return { text: s.normalize('NFC'), encoding: null };
}
