import { formatDay } from "../../lib/format.ts";
import type { Language, Translate } from "../../lib/i18n/index.tsx";
import type { CarriedCapacity } from "./types.ts";

/** Where a carried-over capacity comes from: "n° … · CQPI CEI · branche LEEM · attribué le …". */
export function carriedSourceText(carried: CarriedCapacity, t: Translate, language: Language): string {
  const { certificate } = carried;
  return t("carriedOver.source", {
    number: certificate.number,
    qualification: certificate.qualificationCode,
    branch: certificate.branchCode,
    awardedOn: formatDay(certificate.awardedOn, language),
  });
}

/** Whether it still counts as acquired: no longer once its certificate is revoked. */
export const carriedCountsKey = (carried: CarriedCapacity) =>
  carried.counts ? ("carriedOver.counts" as const) : ("carriedOver.noLongerCounts" as const);
