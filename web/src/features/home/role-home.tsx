import { SimpleGrid, Stack } from "@mantine/core";
import { PageHeader } from "../../components/page-header.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import {
  canManageJurySessions,
  canManageOwnTokens,
  canSeeAccreditations,
  canSeeCertificates,
  canSeePathways,
} from "../auth/policy.ts";
import { roleLabelKeys } from "../auth/role-label.ts";
import type { Me } from "../auth/types.ts";
import { certificateListTitleKey } from "../certificates/labels.ts";
import { certificatesPagePath } from "../certificates/paths.ts";
import { jurySessionsPagePath } from "../jury/paths.ts";
import { accreditationsPagePath } from "../pathways/paths.ts";
import { JurySessionsCard } from "./jury-sessions-card.tsx";
import { LinkCard } from "./link-card.tsx";
import { OfficerBranchCard } from "./officer-branch-card.tsx";
import { PathwaysCard } from "./pathways-card.tsx";

/** The logged-in home: a greeting, then the places that exist today for this role. */
export function RoleHome({ me }: { me: Me }) {
  const t = useT();
  const catalogueCard = (
    <LinkCard
      key="catalogue"
      title={t("nav.catalogue")}
      text={t("home.catalogueText")}
      links={[
        { to: "/qualifications", label: t("nav.qualifications") },
        { to: "/branches", label: t("nav.branches") },
      ]}
    />
  );
  const tokensCard = canManageOwnTokens(me) && (
    <LinkCard
      key="tokens"
      title={t("nav.tokens")}
      text={t("home.tokensText")}
      links={[{ to: "/account/tokens", label: t("home.tokensLink") }]}
    />
  );

  const pathwayCards = [
    canSeePathways(me) && <PathwaysCard key="pathways" me={me} />,
    canSeeAccreditations(me) && (
      <LinkCard
        key="accreditations"
        title={t(me.role === "evaluator" ? "accreditations.titleOwn" : "accreditations.title")}
        text={t(me.role === "evaluator" ? "home.accreditationsOwnText" : "home.accreditationsText")}
        links={[{ to: accreditationsPagePath, label: t("home.accreditationsLink") }]}
      />
    ),
    canManageJurySessions(me) && (
      <LinkCard
        key="jury-sessions"
        title={t("jurySessions.title.manager")}
        text={t("home.jurySessionsText")}
        links={[{ to: jurySessionsPagePath, label: t("home.jurySessionsLink") }]}
      />
    ),
    me.role === "jury_member" && <JurySessionsCard key="jury-sessions" />,
    canSeeCertificates(me) && (
      <LinkCard
        key="certificates"
        title={t(certificateListTitleKey(me.role))}
        text={t(me.role === "candidate" ? "home.certificatesOwnText" : "home.certificatesText")}
        links={[{ to: certificatesPagePath, label: t("home.certificatesLink") }]}
      />
    ),
  ].filter(Boolean);

  const cards =
    me.role === "admin"
      ? [
          ...pathwayCards,
          catalogueCard,
          <LinkCard
            key="users"
            title={t("nav.users")}
            text={t("home.usersText")}
            links={[{ to: "/admin/users", label: t("home.usersLink") }]}
          />,
          <LinkCard
            key="audit"
            title={t("nav.audit")}
            text={t("home.auditText")}
            links={[{ to: "/admin/audit", label: t("home.auditLink") }]}
          />,
          tokensCard,
        ]
      : me.role === "branch_officer"
        ? [
            ...pathwayCards,
            ...me.branchCodes.map((code) => <OfficerBranchCard key={code} code={code} />),
            catalogueCard,
            tokensCard,
          ]
        : me.role === "candidate"
          ? [
              ...pathwayCards,
              <LinkCard
                key="personal-data"
                title={t("home.personalDataTitle")}
                text={t("home.personalDataText")}
                links={[{ to: "/api/me/personal-data", label: t("home.personalDataLink"), isDownload: true }]}
              />,
              catalogueCard,
              tokensCard,
            ]
          : [...pathwayCards, catalogueCard, tokensCard];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t("home.greeting", { name: me.displayName })}
        description={t("home.role", { role: t(roleLabelKeys[me.role]) })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{cards}</SimpleGrid>
    </Stack>
  );
}
