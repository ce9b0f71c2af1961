import { Alert, Anchor, Stack } from "@mantine/core";
import { Link, useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canAuthorReferentials } from "../features/auth/policy.ts";
import { useVersion } from "../features/referentials/api.ts";
import { ReferentialEditor } from "../features/referentials/editor/referential-editor.tsx";
import { versionPagePath } from "../features/referentials/paths.ts";
import { useT } from "../lib/i18n/index.tsx";

/** Admin: the tree editor of a draft version. */
export function ReferentialVersionEditPage() {
  return <RequireUser isAllowed={canAuthorReferentials}>{() => <DraftEditorPage />}</RequireUser>;
}

function DraftEditorPage() {
  const { code = "", version = "" } = useParams();
  const t = useT();
  const number = Number(version);
  const { data: view, isPending, error } = useVersion(code, number);
  const readPath = versionPagePath(code, number);

  return (
    <Stack gap="md">
      <PageHeader
        above={<BackLink to={readPath} label={t("version.name", { version })} />}
        title={t("editor.title", { version, code })}
        description={t("editor.intro")}
      />
      {isPending && <PageLoader />}
      <ErrorAlert error={error} />
      {view && view.status !== "draft" && (
        <Alert color="warning" variant="light" role="alert" title={t("editor.notEditableTitle")}>
          {t("editor.notEditable")}{" "}
          <Anchor component={Link} to={readPath}>
            {t("editor.backToVersion")}
          </Anchor>
        </Alert>
      )}
      {/* Keyed by version: the editor loads the draft once, then keeps its own copy until saved. */}
      {view?.status === "draft" && <ReferentialEditor key={view.version} view={view} readPath={readPath} />}
    </Stack>
  );
}
