import { z } from "zod";
import { assessmentView } from "../assessments/schemas.ts";
import { candidateView } from "../candidates/schemas.ts";
import { pathwayDetail } from "../pathways/schemas.ts";

/** What the platform holds about a candidate, as they download it (RGPD right of access). */
export const personalDataExport = z.object({
  exportedAt: z.string(),
  account: z.object({
    email: z.string(),
    displayName: z.string(),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
  }),
  candidate: candidateView,
  pathways: z.array(pathwayDetail.extend({ assessments: z.array(assessmentView) })),
});
export type PersonalDataExport = z.infer<typeof personalDataExport>;
