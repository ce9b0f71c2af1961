import { useT } from "../../lib/i18n/index.tsx";
import { useBranch } from "../catalogue/api.ts";
import { LinkCard } from "./link-card.tsx";

/** A branch officer's own branch, with the way to update its public page. */
export function OfficerBranchCard({ code }: { code: string }) {
  const t = useT();
  const { data: branch } = useBranch(code);
  const path = `/branches/${encodeURIComponent(code)}`;
  return (
    <LinkCard
      title={branch?.name ?? code}
      text={t("home.officerBranchText", { code })}
      links={[
        { to: path, label: t("home.officerBranchView") },
        { to: `${path}/edit`, label: t("home.officerBranchEdit") },
      ]}
    />
  );
}
