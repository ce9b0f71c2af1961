import type { Translate } from "../../lib/i18n/index.tsx";
import type { Qualification } from "../catalogue/types.ts";
import type { VersionSummary, VersionView } from "../referentials/types.ts";
import type { ExternalCertification } from "./types.ts";

/**
 * The choices of one end of a correspondence: a certification (a CQPI, or an external certification),
 * for a CQPI one of its versions, then an item of it. Only published versions correspond, superseded
 * ones included (their holders still carry them); an external certification has no version, only blocs.
 */

export type Certification = { kind: "qualification" | "external"; code: string };

interface Option {
  value: string;
  label: string;
}

/** A certification as one select value: a CQPI and an external certification may not share a code. */
export const certificationValue = (certification: Certification) =>
  `${certification.kind}:${certification.code}`;

export function certificationOf(value: string): Certification | null {
  const [kind, ...rest] = value.split(":");
  const code = rest.join(":");
  if ((kind !== "qualification" && kind !== "external") || code === "") return null;
  return { kind, code };
}

/** The CQPIs, then the external certifications, each group under its name. */
export function certificationOptions(
  qualifications: readonly Qualification[],
  externals: readonly ExternalCertification[],
  t: Translate,
): { group: string; items: Option[] }[] {
  const option = (kind: Certification["kind"], code: string, title: string) => ({
    value: certificationValue({ kind, code }),
    label: `${code} — ${title}`,
  });
  return [
    {
      group: t("correspondenceForm.qualifications"),
      items: qualifications.map((q) => option("qualification", q.code, q.title)),
    },
    {
      group: t("correspondenceForm.externalCertifications"),
      items: externals.map((e) => option("external", e.code, e.title)),
    },
  ].filter((group) => group.items.length > 0);
}

/** The versions an end may name, latest first: every one but drafts. */
export const correspondableVersions = (versions: readonly VersionSummary[]) =>
  versions.filter((v) => v.status !== "draft").sort((a, b) => b.version - a.version);

/** A CQPI version's blocs and capacities, each bloc followed by its capacities. */
export function versionItemOptions(version: Pick<VersionView, "blocks">, t: Translate): Option[] {
  return version.blocks.flatMap((block) => [
    {
      value: block.code,
      label: t("correspondenceForm.blockOption", { code: block.code, title: block.title }),
    },
    ...block.capacities.map((capacity) => ({
      value: capacity.code,
      label: t("correspondenceForm.capacityOption", { code: capacity.code, title: capacity.title }),
    })),
  ]);
}

/** An external certification's blocs. */
export const externalItemOptions = (certification: ExternalCertification, t: Translate): Option[] =>
  certification.blocks.map((block) => ({
    value: block.code,
    label: t("correspondenceForm.blockOption", { code: block.code, title: block.title }),
  }));
