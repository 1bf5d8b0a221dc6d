export type CodeItem = {
  /** Stable code stored in the database and sent on the wire. */
  readonly code: string;
  /** Vietnamese label shown to users. */
  readonly label: string;
  /** Other spellings people write, accepted on input (imports, search); never shown. */
  readonly aliases?: readonly string[];
};

export type CodeList = {
  readonly name: string;
  /** Vietnamese name of the list, for forms and error messages. */
  readonly label: string;
  readonly items: readonly CodeItem[];
};

/** The union of codes of a list defined with defineCodeList. */
export type CodeOf<L extends CodeList> = L['items'][number]['code'];

/** Keeps the codes as literal types, so each list yields its own union type. */
export function defineCodeList<const N extends string, const T extends readonly CodeItem[]>(
  name: N,
  label: string,
  items: T,
): { readonly name: N; readonly label: string; readonly items: T } {
  return { name, label, items };
}
