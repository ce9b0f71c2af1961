import { Button } from "@mantine/core";
import { useLanguage } from "../lib/i18n/index.tsx";

/** The button that shows or hides a row's details, in the table and in the cards alike. */
export function RowDetailsToggle(props: {
  rowKey: string | number;
  detailsId: string;
  isExpanded: boolean;
  onToggle: () => void;
}) {
  const { t } = useLanguage();
  const { rowKey, detailsId, isExpanded, onToggle } = props;
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      aria-label={t(isExpanded ? "table.hideDetailsOf" : "table.showDetailsOf", { key: rowKey })}
      aria-expanded={isExpanded}
      aria-controls={isExpanded ? detailsId : undefined}
      onClick={onToggle}
    >
      {isExpanded ? t("table.hideDetails") : t("table.showDetails")}
    </Button>
  );
}
