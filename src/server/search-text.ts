import { sql } from "kysely";
import { containsPattern } from "./pagination.ts";

/** Letters that decomposition (NFD) does not split into a base letter and a mark. */
const foldedLetters: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d" };

/**
 * The form searched text is compared in, on both sides: lower case, without accents or other marks,
 * ligatures spelled out, runs of spaces made one. "Lefèvre", "LEFEVRE" and "lefevre" give "lefevre".
 * Rows keep this form of what users type to find them in a `search_text` column written with the row,
 * so that SQLite and PostgreSQL compare the same plain text (neither needs a collation or an extension).
 */
export function searchKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(" ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (letter) => foldedLetters[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();
}

/** The LIKE operand that finds `q` inside a `search_text` column (escaped, in the search form). */
export function searchPattern(q: string) {
  return sql<string>`${containsPattern(searchKey(q))} escape '\\'`;
}
