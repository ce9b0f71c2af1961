import { Button } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../lib/i18n/index.tsx";
import { useMe } from "../auth/api.ts";
import { canAdopt, canAdoptForSomeBranch } from "../auth/policy.ts";
import { useBranches } from "../catalogue/api.ts";
import { AdoptionDialog } from "./adoption-dialog.tsx";
import type { Block } from "./types.ts";

interface RecordAdoptionButtonProps {
  code: string;
  /** Given on a branch's referential page; otherwise the form offers the branches the user acts for. */
  branchCode?: string;
  initialModules?: Block[];
}

/** "Enregistrer une adoption", for the committee (any branch) and branch officers (their own branches). */
export function RecordAdoptionButton({ code, branchCode, initialModules = [] }: RecordAdoptionButtonProps) {
  const t = useT();
  const { data: me } = useMe();
  const [isOpen, setIsOpen] = useState(false);
  const branches = useBranches({ q: "", limit: 200, offset: 0 }, isOpen && !branchCode);
  const branchOptions = (branches.data?.items ?? [])
    .filter((branch) => canAdopt(me, branch.code))
    .map((branch) => ({ value: branch.code, label: `${branch.name} (${branch.code})` }));
  const isAllowed = branchCode ? canAdopt(me, branchCode) : canAdoptForSomeBranch(me);
  if (!isAllowed) return null;

  return (
    <>
      <Button variant="outline" onClick={() => setIsOpen(true)}>
        {t("adoption.record")}
      </Button>
      {isOpen && (
        <AdoptionDialog
          code={code}
          branchCode={branchCode}
          branchOptions={branchOptions}
          initialModules={initialModules}
          onClose={() => setIsOpen(false)}
        />
      )}
    </>
  );
}
