/** The catalogue as the API sends it (`/api/branches…`, `/api/qualifications…`), from the server's schemas. */
import type { z } from "zod";
import type {
  BranchView,
  branchDetail,
  QualificationView,
  qualificationDetail,
} from "../../../../src/modules/catalogue/schemas.ts";

export type Branch = BranchView;
export type BranchDetail = z.infer<typeof branchDetail>;
/** A CQPI as operated by a branch (the link's own data: since when, and a note). */
export type OperatedQualification = BranchDetail["qualifications"][number];
export type Qualification = QualificationView;
export type QualificationDetail = z.infer<typeof qualificationDetail>;
/** A branch operating a CQPI. */
export type OperatingBranch = QualificationDetail["branches"][number];

export type BranchInput = Omit<Branch, "qualificationCount">;
export type QualificationInput = Omit<Qualification, "branchCount">;

export interface OperatingLinkInput {
  branchCode: string;
  qualificationCode: string;
  operatedSince: string | null;
  note: string;
}

export interface ListQuery {
  q: string;
  limit: number;
  offset: number;
}
