/** Evaluator accreditations (habilitations) as the API sends them (`/api/accreditations`). */
import type { z } from "zod";
import type {
  accreditationView,
  createAccreditationInput,
  evaluatorChoice,
} from "../../../../src/modules/pathways/schemas.ts";

/** Valid from `validFrom` to `validUntil`, both included, unless revoked. */
export type Accreditation = z.infer<typeof accreditationView>;
/** An evaluator account as the search offers it: id, name and email only. */
export type EvaluatorChoice = z.infer<typeof evaluatorChoice>;
export type AccreditationInput = z.input<typeof createAccreditationInput>;

export interface AccreditationFilter {
  evaluatorUserId?: number;
  qualificationCode?: string;
  branchCode?: string;
}
