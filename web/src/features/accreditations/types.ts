/** Evaluator accreditations (habilitations) as the API sends them (`/api/accreditations`). */
import type { z } from "zod";
import type {
  accreditationView,
  createAccreditationInput,
} from "../../../../src/modules/pathways/schemas.ts";

/** Valid from `validFrom` to `validUntil`, both included, unless revoked. */
export type Accreditation = z.infer<typeof accreditationView>;
export type AccreditationInput = z.input<typeof createAccreditationInput>;

export interface AccreditationFilter {
  evaluatorUserId?: number;
  qualificationCode?: string;
  branchCode?: string;
}
