import { Paper } from "@mantine/core";
import type { RowsViewProps } from "./data-table.tsx";
import { RowDetailsToggle } from "./row-details-toggle.tsx";

/**
 * The rows of a table too wide for its container (a tablet, a narrow window), one card each: every
 * column as a label and its value, the first one (what names the row) across the card's top, the
 * others side by side as the width allows. Nothing is hidden or clipped.
 */
export function DataCards<Row>(props: RowsViewProps<Row>) {
  const { caption, columns, rows, rowKey, renderDetails, expandedKey, onToggleDetails } = props;
  return (
    <ul className="data-cards" aria-label={caption} aria-busy={props.isLoading ? true : undefined}>
      {rows?.map((row) => {
        const key = rowKey(row);
        const isExpanded = expandedKey === key;
        const detailsId = `row-details-${key}`;
        return (
          <Paper component="li" key={key} withBorder p="sm" className="data-card">
            <dl className="data-card-fields">
              {columns.map((column) => (
                <div key={column.key} className="data-card-field">
                  <dt>{column.header}</dt>
                  <dd>{column.render(row)}</dd>
                </div>
              ))}
            </dl>
            {renderDetails && (
              <div className="data-card-details">
                <RowDetailsToggle
                  rowKey={key}
                  detailsId={detailsId}
                  isExpanded={isExpanded}
                  onToggle={() => onToggleDetails(key)}
                />
                {isExpanded && <div id={detailsId}>{renderDetails(row)}</div>}
              </div>
            )}
          </Paper>
        );
      })}
    </ul>
  );
}
