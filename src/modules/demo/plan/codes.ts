/**
 * Short, readable, unique codes ('TD', 'TD.BANBO', 'TD.BANBO.NADON') that fit the project's org-code
 * rule (src/modules/orgs/rules.ts ORG_CODE: letters, digits, '.', '_', '-', at most 40 characters).
 */

const MAX_CODE = 40;

/** Upper-case ASCII without diacritics, spaces or punctuation: "Nà Đon" → "NADON". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * A slug that fits: the whole name when short enough, the initials of a long descriptive name
 * ("Đội Cảnh sát giao thông - Trật tự" → "DCSGTTT"), else the name cut short.
 */
export function shortSlug(text: string, max: number): string {
  const whole = slugify(text) || 'X';
  if (whole.length <= max) return whole;
  const words = text.split(/[\s-]+/).filter((w) => slugify(w).length > 0);
  if (words.length >= 4)
    return words
      .map((w) => slugify(w).charAt(0))
      .join('')
      .slice(0, max);
  return whole.slice(0, max);
}

/** Hands out codes and refuses duplicates; one registry per namespace (orgs, coverage units). */
export class CodeRegistry {
  readonly #taken = new Set<string>();

  /**
   * `${prefix}${separator}${slug}`, the slug cut to `maxSlug` characters; a clash gets a number
   * ("NADON2"), which keeps sibling codes stable when names repeat.
   */
  child(prefix: string | null, slugSource: string, maxSlug = 10, separator = '.'): string {
    const base = shortSlug(slugSource, maxSlug);
    const head = prefix === null ? '' : `${prefix}${separator}`;
    let code = `${head}${base}`;
    for (let n = 2; this.#taken.has(code); n++)
      code = `${head}${base.slice(0, maxSlug - String(n).length)}${n}`;
    if (code.length > MAX_CODE) throw new RangeError(`Code too long (${code.length} > ${MAX_CODE}): ${code}`);
    this.#taken.add(code);
    return code;
  }

  has(code: string): boolean {
    return this.#taken.has(code);
  }
}
