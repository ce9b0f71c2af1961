import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPathway, buildUser, logInAs, signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { createAssessment } from "../assessments/create-assessment.ts";
import { transitionPathway } from "./transition-pathway.ts";

let t: TestApp;
type SignedIn = Awaited<ReturnType<typeof signedIn>>;
let evaluator: SignedIn;
let other: SignedIn;
const ids: Record<string, number> = {};

/** One pathway of the evaluator per part of the worklist, each built a day after the previous one. */
beforeAll(async () => {
  t = await createTestApp();
  const evaluatorUser = await buildUser(t.ctx, { role: "evaluator" });
  const otherUser = await buildUser(t.ctx, { role: "evaluator" });
  const build = async (name: string, options: Parameters<typeof buildPathway>[1]) => {
    t.clock.advanceMinutes(24 * 60);
    ids[name] = (await buildPathway(t.ctx, { evaluatorUserId: evaluatorUser.id, ...options })).id;
  };
  await build("oldestPositioning", { status: "positioning" });
  await build("reassessment", { status: "reassessment", outcome: "gaps" });
  await build("positioningUnderWay", { status: "positioning" });
  await createAssessment(t.ctx, {
    caller: platform,
    pathwayId: ids.positioningUnderWay!,
    input: { method: "observation", heldOn: t.clock.now().toISOString().slice(0, 10) },
  });
  await build("inTraining", { status: "in_training", outcome: "gaps" });
  await build("withdrawn", { status: "registered" });
  await transitionPathway(t.ctx, { caller: platform, pathwayId: ids.withdrawn!, event: "withdraw" });
  ids.othersWaiting = (
    await buildPathway(t.ctx, { evaluatorUserId: otherUser.id, status: "positioning" })
  ).id;
  // Signed in once the days have passed (a session lasts hours).
  evaluator = { user: evaluatorUser, headers: await logInAs(t.app, evaluatorUser.email) };
  other = { user: otherUser, headers: await logInAs(t.app, otherUser.email) };
});
afterAll(() => t.close());

const stage = async (name: string, headers = evaluator.headers) => {
  const response = await t.app.inject({ url: `/api/pathways?stage=${name}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("the evaluator's worklist", () => {
  it("puts first what waits for them: an assessment under way, then the longest waiting", async () => {
    const waiting = await stage("waiting");
    expect(waiting.items.map((p: { id: number }) => p.id)).toEqual([
      ids.positioningUnderWay,
      ids.oldestPositioning,
      ids.reassessment,
    ]);
    expect(waiting.total).toBe(3);
    // Each row says why it comes where it does.
    expect(waiting.items.map((p: { assessmentUnderWay: boolean }) => p.assessmentUnderWay)).toEqual([
      true,
      false,
      false,
    ]);
    // Every part's statuses are counted whichever part is shown, for the tabs.
    expect(waiting.countsByStatus).toEqual({ positioning: 2, reassessment: 1, in_training: 1, withdrawn: 1 });
  });

  it("keeps what goes on elsewhere and what is finished or withdrawn apart", async () => {
    const following = await stage("following");
    expect([following.items.map((p: { id: number }) => p.id), following.total]).toEqual([
      [ids.inTraining],
      1,
    ]);
    const finished = await stage("finished");
    expect([finished.items.map((p: { id: number }) => p.id), finished.total]).toEqual([[ids.withdrawn], 1]);
  });

  it("holds only the pathways assigned to the evaluator", async () => {
    const theirs = await stage("waiting", other.headers);
    expect(theirs.items.map((p: { id: number }) => p.id)).toEqual([ids.othersWaiting]);
    const stranger = await signedIn(t.app, t.ctx, { role: "evaluator" });
    expect((await stage("waiting", stranger.headers)).total).toBe(0);
  });

  it("refuses a part that does not exist", async () => {
    const response = await t.app.inject({ url: "/api/pathways?stage=urgent", headers: evaluator.headers });
    expect([response.statusCode, response.json().error.code]).toEqual([400, "VALIDATION_FAILED"]);
  });
});
