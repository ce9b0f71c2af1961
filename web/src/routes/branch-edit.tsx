import { useNavigate, useParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canEditBranch } from "../features/auth/policy.ts";
import { useBranch, useUpdateBranch } from "../features/catalogue/api.ts";
import { BranchForm } from "../features/catalogue/branch-form.tsx";
import { useT } from "../lib/i18n/index.tsx";

/** Edit a branch: admins, and the officers of that branch. */
export function BranchEditPage() {
  const { code = "" } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const { data: branch, isPending, error } = useBranch(code);
  const update = useUpdateBranch(code);
  const detailPath = `/branches/${encodeURIComponent(code)}`;

  return (
    <RequireUser isAllowed={(me) => canEditBranch(me, code)}>
      {() => (
        <>
          <PageHeader
            title={t("branch.editTitle", { name: branch?.name ?? code })}
            above={<BackLink to={detailPath} label={branch?.name ?? code} />}
          />
          {isPending && <PageLoader />}
          <ErrorAlert error={error} />
          {branch && (
            <BranchForm
              initial={branch}
              isNew={false}
              onSubmit={({ code: _code, ...changes }) =>
                update.mutate(changes, { onSuccess: () => navigate(detailPath) })
              }
              onCancel={() => navigate(detailPath)}
              isPending={update.isPending}
              error={update.error}
            />
          )}
        </>
      )}
    </RequireUser>
  );
}
