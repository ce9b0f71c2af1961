import { Stack, Text, UnstyledButton } from "@mantine/core";
import { useLanguage } from "../../lib/i18n/index.tsx";
import {
  type CorrespondenceMatrix,
  heatLevel,
  heatLevelRanges,
  type MatrixCell,
} from "./correspondence-matrix.ts";

export interface MatrixPair {
  rowCode: string;
  columnCode: string;
}

interface HeatMapProps {
  matrix: CorrespondenceMatrix;
  titles: Record<string, string>;
  selected: MatrixPair | null;
  onSelect: (pair: MatrixPair) => void;
}

/**
 * The correspondence map as a heat-map: a table of CQPIs by CQPIs whose cells are shaded by the number
 * of exact and partial correspondences the two share. The number is written in each cell (colour is
 * never the only cue), and the table itself, with its caption and headers, is the text alternative a
 * screen reader reads cell by cell. A cell with links is a button (keyboard reachable) that lists them.
 */
export function CorrespondenceHeatMap({ matrix, titles, selected, onSelect }: HeatMapProps) {
  const { t } = useLanguage();
  const name = (cell: MatrixCell, rowCode: string) =>
    t("correspondenceMap.cellName", {
      count: cell.shared,
      from: rowCode,
      to: cell.columnCode,
      exact: cell.exact,
      partial: cell.partial,
    });
  return (
    <Stack gap="xs">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a screen too narrow for every column scrolls the map sideways, with the keyboard too */}
      <section className="heat-map-scroll" tabIndex={0} aria-label={t("correspondenceMap.scrollRegion")}>
        <table className="heat-map">
          <caption>{t("correspondenceMap.caption", { max: matrix.max })}</caption>
          <thead>
            <tr>
              <td />
              {matrix.codes.map((code) => (
                <th key={code} scope="col">
                  <abbr title={titles[code] ?? code}>{code}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <abbr title={titles[row.code] ?? row.code}>{row.code}</abbr>
                </th>
                {row.cells.map((cell) => {
                  const level = heatLevel(cell.shared, matrix.max);
                  const isSelected =
                    selected?.rowCode === row.code && selected.columnCode === cell.columnCode;
                  return (
                    <td key={cell.columnCode} data-level={level}>
                      {cell.shared === 0 ? (
                        "0"
                      ) : (
                        <UnstyledButton
                          className="heat-map-cell"
                          aria-label={name(cell, row.code)}
                          aria-pressed={isSelected}
                          onClick={() => onSelect({ rowCode: row.code, columnCode: cell.columnCode })}
                        >
                          {cell.shared}
                        </UnstyledButton>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Text size="sm" id="heat-map-legend">
        {t("correspondenceMap.legend")}
      </Text>
      <ul className="heat-map-legend" aria-labelledby="heat-map-legend">
        {heatLevelRanges(matrix.max).map((range) => (
          <li key={range.level} data-level={range.level}>
            {range.from === range.to
              ? t("correspondenceMap.legendCount", { count: range.from })
              : t("correspondenceMap.legendRange", { from: range.from, to: range.to })}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
