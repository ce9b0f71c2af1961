import { Group, Pagination, Text } from "@mantine/core";
import { formatNumber } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

export interface TablePagination {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

/** "1–20 sur 34" and the page buttons under a list, when it has more than one page. */
export function TablePaginationBar({ pagination }: { pagination: TablePagination }) {
  const { t, language } = useLanguage();
  if (pagination.total === 0) return null;
  return (
    <Group justify="space-between" mt="sm" gap="sm">
      <Text size="sm" aria-live="polite">
        {t("table.range", {
          first: formatNumber((pagination.page - 1) * pagination.pageSize + 1, language),
          last: formatNumber(Math.min(pagination.page * pagination.pageSize, pagination.total), language),
          total: formatNumber(pagination.total, language),
        })}
      </Text>
      {pagination.total > pagination.pageSize && (
        <nav aria-label={t("table.pagination")}>
          <Pagination
            value={pagination.page}
            onChange={pagination.onPageChange}
            total={Math.ceil(pagination.total / pagination.pageSize)}
            siblings={1}
            getItemProps={(page) => ({ "aria-label": t("table.goToPage", { page }) })}
            getControlProps={(control) => ({ "aria-label": t(`table.${control}Page`) })}
          />
        </nav>
      )}
    </Group>
  );
}
