import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useT } from "../../lib/i18n/index.tsx";
import { useBranches, useQualifications, useSaveOperatingLink } from "./api.ts";
import { OperatingLinkDialog, type OperatingLinkValues } from "./operating-link-dialog.tsx";

const everything = { q: "", limit: 200, offset: 0 };

interface AddOperatingLinkButtonProps {
  /** The page the button sits on: a CQPI page picks a branch, a branch page picks a CQPI. */
  from: { qualificationCode: string } | { branchCode: string };
  /** Codes already linked, left out of the picker. */
  linkedCodes: string[];
}

/** Admin action: add a "branche opératrice" to a CQPI, or a CQPI to a branch. */
export function AddOperatingLinkButton({ from, linkedCodes }: AddOperatingLinkButtonProps) {
  const t = useT();
  const [isOpen, dialog] = useDisclosure(false);
  const isFromQualification = "qualificationCode" in from;
  const branches = useBranches(everything, isOpen && isFromQualification);
  const qualifications = useQualifications(everything, isOpen && !isFromQualification);
  const save = useSaveOperatingLink();

  const options = isFromQualification
    ? (branches.data?.items ?? []).map((branch) => ({
        value: branch.code,
        label: `${branch.name} (${branch.code})`,
      }))
    : (qualifications.data?.items ?? []).map((item) => ({
        value: item.code,
        label: `${item.title} (${item.code})`,
      }));

  const onSave = ({ otherCode, operatedSince, note }: OperatingLinkValues) => {
    const codes = isFromQualification
      ? { qualificationCode: from.qualificationCode, branchCode: otherCode }
      : { branchCode: from.branchCode, qualificationCode: otherCode };
    save.mutate({ ...codes, operatedSince, note }, { onSuccess: dialog.close });
  };

  const label = isFromQualification ? t("link.addBranch") : t("link.addQualification");
  return (
    <>
      <Button
        variant="outline"
        onClick={() => {
          save.reset();
          dialog.open();
        }}
      >
        {label}
      </Button>
      {isOpen && (
        <OperatingLinkDialog
          opened={isOpen}
          onClose={dialog.close}
          title={label}
          pickerLabel={isFromQualification ? t("link.branch") : t("link.qualification")}
          options={options.filter((option) => !linkedCodes.includes(option.value))}
          onSave={onSave}
          isPending={save.isPending}
          error={save.error}
        />
      )}
    </>
  );
}
