import { z } from "zod";
import { refinement } from "./field-formats.ts";

/**
 * Building blocks of every input schema (bodies, query strings, paths), so that one rule holds for
 * every route: text carries no control characters, ids are written one way only.
 */

/** The code of the refusal of a control character, carried by the field error and the response. */
export const CONTROL_CHARACTER = "CONTROL_CHARACTER" as const;

/**
 * C0 controls, DEL and C1 controls: invisible, they corrupt exports and logs, and PostgreSQL refuses
 * a NUL in text outright. Tab is allowed everywhere, line breaks (LF, CR) only in multi-line text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const singleLineControl = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const multiLineControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** True when the text holds a character that `textInput` refuses. */
export function hasControlCharacter(text: string, options: { isMultiline?: boolean } = {}): boolean {
  return (options.isMultiline ? multiLineControl : singleLineControl).test(text);
}

/**
 * Text typed by a person or sent by an integration. Single-line by default (names, codes, search
 * terms); `isMultiline` admits line breaks (descriptions, comments, booklet entries). Chain the usual
 * `.trim().min().max()` after it.
 */
export function textInput(options: { isMultiline?: boolean } = {}) {
  return z
    .string()
    .refine(
      (value) => !hasControlCharacter(value, options),
      refinement(
        CONTROL_CHARACTER,
        options.isMultiline
          ? "must not contain control characters (tab and line breaks are allowed)"
          : "must not contain control characters or line breaks",
      ),
    );
}

/** True for a validation issue raised by `textInput`. */
export function isControlCharacterIssue(issue: { params?: { params?: { code?: unknown } } }): boolean {
  return issue.params?.params?.code === CONTROL_CHARACTER;
}

/** Largest id a PostgreSQL `serial` holds. */
const MAX_ID = 2_147_483_647;

/**
 * A positive id in a path or query string, written as a canonical decimal ("16"; never "0x10",
 * "016", "1e1" or " 16"), so that each resource has one address.
 */
export const idParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, "must be a positive whole number written in digits")
  .transform(Number)
  .refine((id) => id <= MAX_ID, "is too large")
  .describe("A positive whole number");

/** A count or revision in a query string, as canonical decimal digits (0 included). */
export const countParam = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,9})$/, "must be a whole number written in digits")
  .transform(Number)
  .refine((n) => n <= MAX_ID, "is too large");

/** The path parameters of a resource addressed by its id. */
export const idParams = z.strictObject({ id: idParam });
