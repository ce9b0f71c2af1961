import { z } from "zod";
import { textInput } from "../../server/input.ts";
import { catalogueCode } from "../catalogue/schemas.ts";

export const portabilityQuery = z.strictObject({
  certificate: textInput()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe("A certificate's number (the holder's form)"),
  qualificationFrom: catalogueCode
    .optional()
    .describe("A CQPI held in full (the public form, no personal data)"),
  qualification: catalogueCode.describe("The target CQPI"),
  branch: catalogueCode.describe("The target branch, which operates the target CQPI"),
});
export type PortabilityQuery = z.infer<typeof portabilityQuery>;

const end = z.object({
  qualificationCode: z.string(),
  version: z.number().int().nullable(),
  itemCode: z.string(),
});

/** How an acquired capacity counts: the same capacity of the same CQPI, or a chain of exact correspondences. */
export const portabilityVia = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("direct"),
      qualificationCode: z.string(),
      version: z.number().int(),
      capacityCode: z.string(),
    }),
    z.object({
      kind: z.literal("correspondence"),
      chain: z.array(end).describe("From the acquired item to the target's"),
    }),
  ])
  .meta({ id: "PortabilityVia" });

export const portabilityView = z
  .object({
    acquired: z.array(z.object({ capacityCode: z.string(), via: portabilityVia })),
    remaining: z.array(
      z.object({
        capacityCode: z.string(),
        reason: z.enum([
          "revoked",
          "expired",
          "branch_module",
          "partial_correspondence",
          "related_only",
          "not_acquired",
        ]),
      }),
    ),
  })
  .meta({ id: "Portability" });
