/**
 * Candidates as the API sends them (`/api/candidates…`): identity as the Caisse des Dépôts declaration
 * needs it, inferred from the server's zod schemas, the contract.
 */
import type { z } from "zod";
import type {
  CandidateDetailView,
  CandidateView,
  createCandidateInput,
} from "../../../../src/modules/candidates/schemas.ts";

export type { EmploymentStatus, Sex } from "../../../../src/modules/candidates/rules.ts";
export { employmentStatuses } from "../../../../src/modules/candidates/rules.ts";

/** Required fields as the server has them; `companyId` left out means an employer's own company. */
export type CandidateInput = z.input<typeof createCandidateInput>;
export type Candidate = CandidateView;
/** One candidate with whether the reader may correct the record. */
export type CandidateDetail = CandidateDetailView;
