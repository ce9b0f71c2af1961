/** The code of each field error of an error body, keyed by field path: what tests assert on. */
export function fieldCodes(error: { fields?: Record<string, { code: string }> }): Record<string, string> {
  return Object.fromEntries(
    Object.entries(error.fields ?? {}).map(([path, problem]) => [path, problem.code]),
  );
}
