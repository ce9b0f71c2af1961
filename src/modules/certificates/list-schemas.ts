import { z } from "zod";
import { sheetHeadingsQuery } from "../../documents/sheet-headings.ts";
import { idParam } from "../../server/input.ts";
import { afterParam, pageOf, pageQuery } from "../../server/pagination.ts";
import { branchCodeParams } from "../catalogue/schemas.ts";
import { certificateStatus, certificateView } from "./schemas.ts";

const code = branchCodeParams.shape.code;
const isoDate = z.iso.date("must be a date YYYY-MM-DD");

/** Filters of the certificates list and of its CSV / XLSX exports. */
const certificateFilter = {
  branchCode: code.optional(),
  qualificationCode: code.optional(),
  status: certificateStatus.optional(),
  awardedFrom: isoDate.optional().describe("Awarded on or after this day"),
  awardedTo: isoDate.optional().describe("Awarded on or before this day"),
  pathwayId: idParam.optional().describe("The certificates of one pathway"),
};

/** `q` searches the holder's names and the number, ignoring case. */
export const certificateListQuery = pageQuery.extend({
  ...certificateFilter,
  after: afterParam("Keyset cursor: the number of the last certificate of the page before"),
});
export type CertificateListQuery = z.infer<typeof certificateListQuery>;

/** The exports take the list's filters and say how the sheet is headed (`?headers=codes` for programs). */
export const certificateExportQuery = pageQuery
  .omit({ limit: true, offset: true })
  .extend({ ...certificateFilter, ...sheetHeadingsQuery.shape });
export type CertificateFilter = Omit<z.infer<typeof certificateExportQuery>, "headers">;

export const certificateList = pageOf(certificateView).extend({
  /** More certificates than `total` match: a filtered list counts up to 10,000. */
  totalIsCapped: z.boolean(),
});
