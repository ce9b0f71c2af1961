import { type SelectQueryBuilder, sql } from "kysely";
import { z } from "zod";
import { countParam, textInput } from "./input.ts";

/** Query parameters shared by every list. */
export const pageQuery = z.strictObject({
  limit: countParam.pipe(z.number().min(1).max(200)).default(50),
  offset: countParam.default(0),
  q: textInput().trim().max(200).optional().describe("Text to search for"),
});
export type PageQuery = z.infer<typeof pageQuery>;

/**
 * The cursor of a list read page by page (keyset): the key of the last item of the page before, so that
 * a page far down the list costs what the first one does. `offset` still works, counted after it.
 */
export const afterParam = (describe: string) =>
  textInput().trim().min(1).max(100).optional().describe(describe);

/** The shape of every list response. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export interface Page<T> {
  items: T[];
  total: number;
}

/** Runs a filtered query twice: once for the total, once for the requested page. */
export async function paginate<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  { limit, offset }: { limit: number; offset: number },
  orderBy: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
): Promise<Page<O>> {
  const [countRow, items] = await Promise.all([
    query.clearSelect().select(sql<string | number>`count(*)`.as("total")).executeTakeFirst() as Promise<
      { total: string | number } | undefined
    >,
    orderBy(query).limit(limit).offset(offset).execute(),
  ]);
  return { items, total: Number(countRow?.total ?? 0) };
}

/** A case-insensitive "contains" pattern for LIKE on lower(column), identical on both databases. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
