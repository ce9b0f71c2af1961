import { Button } from "@mantine/core";
import { useNavigate } from "react-router";
import { useT } from "../../lib/i18n/index.tsx";
import { useCreateDraft } from "./api.ts";
import { versionEditPath } from "./paths.ts";

/** Admin: starts the next version as a draft (a copy of the latest one) and opens it in the editor. */
export function NewDraftButton({ code, onError }: { code: string; onError: (error: unknown) => void }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateDraft(code);
  return (
    <Button
      loading={create.isPending}
      onClick={() => {
        onError(null);
        create.mutate(undefined, {
          onSuccess: (draft) => navigate(versionEditPath(code, draft.version)),
          onError,
        });
      }}
    >
      {t("versions.newDraft")}
    </Button>
  );
}
