import { ErrorAlert } from "../components/error-alert.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { useMe } from "../features/auth/api.ts";
import { PublicLanding } from "../features/home/public-landing.tsx";
import { RoleHome } from "../features/home/role-home.tsx";

export function HomePage() {
  const { data: me, isPending, error } = useMe();
  if (isPending) return <PageLoader />;
  if (error) return <ErrorAlert error={error} />;
  return me ? <RoleHome me={me} /> : <PublicLanding />;
}
