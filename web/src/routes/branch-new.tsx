import { useNavigate } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canManageCatalogue } from "../features/auth/policy.ts";
import { useCreateBranch } from "../features/catalogue/api.ts";
import { BranchForm } from "../features/catalogue/branch-form.tsx";
import { useT } from "../lib/i18n/index.tsx";

/** Admin: add a professional branch to the catalogue. */
export function BranchNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateBranch();
  return (
    <RequireUser isAllowed={canManageCatalogue}>
      {() => (
        <>
          <PageHeader
            title={t("branches.create")}
            above={<BackLink to="/branches" label={t("branches.title")} />}
          />
          <BranchForm
            isNew
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (branch) => navigate(`/branches/${encodeURIComponent(branch.code)}`),
              })
            }
            onCancel={() => navigate("/branches")}
            isPending={create.isPending}
            error={create.error}
          />
        </>
      )}
    </RequireUser>
  );
}
