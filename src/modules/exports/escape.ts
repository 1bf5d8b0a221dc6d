/**
 * Spreadsheet cells that start with = + - @ are run as formulas by Excel and LibreOffice (formula
 * injection, OWASP "CSV injection"): exports prefix them with an apostrophe, and the import strips
 * that apostrophe again so an exported file imports back unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const escapeCell = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

export const unescapeCell = (s: string): string =>
  s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
