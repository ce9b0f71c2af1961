/** What was pasted or uploaded as a credential, read as the JSON object `/api/verify` takes. */
export type ParsedCredential =
  | { credential: Record<string, unknown> }
  | { problem: "empty" | "notJson" | "notObject" };

export function parseCredentialText(text: string): ParsedCredential {
  if (text.trim() === "") return { problem: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: "notJson" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { problem: "notObject" };
  return { credential: value as Record<string, unknown> };
}
