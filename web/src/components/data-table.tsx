import { Button, Center, Group, Loader, Pagination, Table, Text, VisuallyHidden } from "@mantine/core";
import { Fragment, type ReactNode, useState } from "react";
import { formatNumber } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { ErrorAlert } from "./error-alert.tsx";

export interface Column<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
}

export interface TablePagination {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[] | undefined;
  rowKey: (row: Row) => string | number;
  isLoading?: boolean;
  error?: unknown;
  emptyText: string;
  pagination?: TablePagination;
  /** When given, each row gets a toggle that shows this content below it. */
  renderDetails?: (row: Row) => ReactNode;
  minWidth?: number;
}

/**
 * A captioned table (the caption is for screen readers: a visible heading sits above) with loading, error, empty states, optional expandable rows and
 * pagination.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows, rowKey, isLoading, error, emptyText, pagination, renderDetails } = props;
  const { t, language } = useLanguage();
  const [expandedKey, setExpandedKey] = useState<string | number | null>(null);
  const columnCount = columns.length + (renderDetails ? 1 : 0);

  return (
    <div>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={props.minWidth ?? 640}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-busy={isLoading ? true : undefined}>
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {renderDetails && (
                <Table.Th>
                  <VisuallyHidden>{t("table.details")}</VisuallyHidden>
                </Table.Th>
              )}
              {columns.map((column) => (
                <Table.Th key={column.key} scope="col">
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((row) => {
              const key = rowKey(row);
              const isExpanded = expandedKey === key;
              const detailsId = `row-details-${key}`;
              return (
                <Fragment key={key}>
                  <Table.Tr>
                    {renderDetails && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t(isExpanded ? "table.hideDetailsOf" : "table.showDetailsOf", { key })}
                          aria-expanded={isExpanded}
                          aria-controls={isExpanded ? detailsId : undefined}
                          onClick={() => setExpandedKey(isExpanded ? null : key)}
                        >
                          {isExpanded ? t("table.hideDetails") : t("table.showDetails")}
                        </Button>
                      </Table.Td>
                    )}
                    {columns.map((column) => (
                      <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                  {renderDetails && isExpanded && (
                    <Table.Tr id={detailsId}>
                      <Table.Td colSpan={columnCount}>{renderDetails(row)}</Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {isLoading && !rows && (
        <Center py="md" role="status">
          <Loader size="sm" aria-hidden />
          <VisuallyHidden>{t("common.loading")}</VisuallyHidden>
        </Center>
      )}
      {!isLoading && !error && rows?.length === 0 && (
        <Text py="md" ta="center">
          {emptyText}
        </Text>
      )}
      {pagination && pagination.total > 0 && (
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
      )}
    </div>
  );
}
