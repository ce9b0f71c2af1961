import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import type { CreateBranchInput } from "../catalogue/schemas.ts";
import { createBody } from "../governance/create-body.ts";
import { readBodies } from "../governance/read-bodies.ts";
import { recordDecision } from "../governance/record-decision.ts";
import { recordParitaireOpinion } from "../governance/record-paritaire-opinion.ts";
import { requestAdhesion } from "../governance/request-adhesion.ts";

/** A date `days` before an ISO date, as YYYY-MM-DD. */
const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Each demo branch gets its CPNE, and adheres to the charter through the same workflow as on the
 * platform: its request six weeks before the committee's decision, the favourable paritaire opinion of
 * its CPNE three weeks before, and the national committee's decision on the date the catalogue shows.
 * Branches are created without a date; the decision writes it.
 */
export async function seedDemoGovernance(ctx: AppContext, branches: CreateBranchInput[]) {
  for (const branch of branches.filter((b) => !b.isPartner))
    await createBody(ctx, { caller: platform, input: { branchCode: branch.code } });
  const committee = (await readBodies(ctx)).find((body) => body.kind === "national_committee")!;
  for (const branch of branches) {
    const adheredOn = branch.charterAdhesionDate;
    if (!adheredOn) continue;
    const request = await requestAdhesion(ctx, {
      caller: platform,
      branchCode: branch.code,
      input: { requestedOn: daysBefore(adheredOn, 42), motivation: `Adhésion de la branche ${branch.name}` },
    });
    await recordParitaireOpinion(ctx, {
      caller: platform,
      adhesionId: request.id,
      input: { givenOn: daysBefore(adheredOn, 21), employer: "favourable", employee: "favourable" },
    });
    await recordDecision(ctx, {
      caller: platform,
      bodyId: committee.id,
      input: {
        kind: "accept_adhesion",
        decidedOn: adheredOn,
        title: `Adhésion à la charte CQPI : ${branch.name}`,
        qualificationCode: null,
        version: null,
        adhesionRequestId: request.id,
        votes: { employer: { for: 6, against: 0, abstain: 0 }, employee: { for: 5, against: 0, abstain: 1 } },
        documentVersionIds: [],
      },
    });
  }
}
