import { Center, Loader, Table, Text, VisuallyHidden } from "@mantine/core";
import { Fragment, type ReactNode, type RefObject, useRef, useState } from "react";
import { useLanguage } from "../lib/i18n/index.tsx";
import { DataCards } from "./data-cards.tsx";
import { ErrorAlert } from "./error-alert.tsx";
import { RowDetailsToggle } from "./row-details-toggle.tsx";
import { useCardLayout } from "./table-fit.ts";
import { type TablePagination, TablePaginationBar } from "./table-pagination.tsx";

export type { TablePagination } from "./table-pagination.tsx";

export interface Column<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
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
  /** The narrowest width at which the columns read well as a table; below it the rows become cards. */
  minWidth?: number;
}

/**
 * A captioned list of rows (the caption is for screen readers: a visible heading sits above) with
 * loading, error, empty states, optional expandable rows and pagination. Where the table does not fit
 * its container (below `minWidth`, or wider once drawn), the rows are shown as cards instead, so that
 * no column is hidden behind a horizontal scroll on a tablet.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows, rowKey, isLoading, error, emptyText, pagination, renderDetails } = props;
  const { t } = useLanguage();
  const [expandedKey, setExpandedKey] = useState<string | number | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const minWidth = props.minWidth ?? 640;
  const isCards = useCardLayout({ container, table, minWidth });
  const toggleDetails = (key: string | number) => setExpandedKey(expandedKey === key ? null : key);
  const shown = { caption, columns, rows, rowKey, isLoading, renderDetails, expandedKey };

  return (
    <div ref={container}>
      <ErrorAlert error={error} />
      {isCards ? (
        <DataCards {...shown} onToggleDetails={toggleDetails} />
      ) : (
        <RowsTable {...shown} table={table} minWidth={minWidth} onToggleDetails={toggleDetails} />
      )}
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
      {pagination && <TablePaginationBar pagination={pagination} />}
    </div>
  );
}

/** What both layouts draw: the rows, their columns and which row shows its details. */
export interface RowsViewProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[] | undefined;
  rowKey: (row: Row) => string | number;
  isLoading?: boolean;
  renderDetails?: (row: Row) => ReactNode;
  expandedKey: string | number | null;
  onToggleDetails: (key: string | number) => void;
}

interface RowsTableProps<Row> extends RowsViewProps<Row> {
  table: RefObject<HTMLTableElement | null>;
  minWidth: number;
}

function RowsTable<Row>(props: RowsTableProps<Row>) {
  const { caption, columns, rows, rowKey, renderDetails, expandedKey, onToggleDetails } = props;
  const { t } = useLanguage();
  const columnCount = columns.length + (renderDetails ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={props.minWidth}>
      <Table
        ref={props.table}
        striped
        highlightOnHover
        verticalSpacing="sm"
        aria-busy={props.isLoading ? true : undefined}
      >
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
                      <RowDetailsToggle
                        rowKey={key}
                        detailsId={detailsId}
                        isExpanded={isExpanded}
                        onToggle={() => onToggleDetails(key)}
                      />
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
  );
}
