/** The portability answer as the API sends it (`/api/portability`, `/api/certificates/{number}/portability`). */
import type { z } from "zod";
import type { portabilityView } from "../../../../src/modules/portability/schemas.ts";

export type Portability = z.infer<typeof portabilityView>;
export type AcquiredCapacity = Portability["acquired"][number];
export type RemainingCapacity = Portability["remaining"][number];
export type RemainingReason = RemainingCapacity["reason"];

/** Whose acquisitions are asked about: a certificate (by number), or anyone holding a CQPI in full. */
export type PortabilityHolder =
  | { kind: "certificate"; number: string }
  | { kind: "qualification"; code: string };

/** The target: a CQPI as a branch operates it. */
export interface PortabilityTarget {
  qualificationCode: string;
  branchCode: string;
}
