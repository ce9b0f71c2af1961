import { useSearchParams } from "react-router";

/**
 * Page number and filters of a list, kept in the address so that a filtered page can be
 * bookmarked and the back button restores it. Changing a filter returns to page 1.
 */
export function useListParams<Filter extends string>(filterNames: readonly Filter[], pageSize = 25) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ""])) as Record<
    Filter,
    string
  >;

  const setFilters = (changes: Partial<Record<Filter, string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes) as [Filter, string][]) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        next.delete("page");
        return next;
      },
      // The same page, filtered: the reader stays where they are (a new page of results starts at the top).
      { replace: true, preventScrollReset: true },
    );
  const setFilter = (name: Filter, value: string) =>
    setFilters({ [name]: value } as Partial<Record<Filter, string>>);

  const setPage = (nextPage: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (nextPage > 1) next.set("page", String(nextPage));
      else next.delete("page");
      return next;
    });

  return { page, pageSize, offset: (page - 1) * pageSize, filters, setFilter, setFilters, setPage };
}
