import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPathway } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { applyPathwayMove } from "./apply-pathway-move.ts";
import type { PathwayFacts } from "./rules.ts";

/** The move another module makes inside its own transaction (a jury decision, say). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const facts: PathwayFacts = {
  hasEvaluator: true,
  hasClosedAssessmentInSitting: false,
  hasOpenAssessment: false,
  isAtLevel: false,
  hasTrainingPlan: false,
  isJuryDecision: false,
};
const stateOf = async (id: number) => ({
  status: (
    await t.ctx.db.selectFrom("pathways").select("status").where("id", "=", id).executeTakeFirstOrThrow()
  ).status,
  timeline: (
    await t.ctx.db.selectFrom("pathway_transitions").select("event").where("pathway_id", "=", id).execute()
  ).length,
  audit: (
    await t.ctx.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_type", "=", "pathway")
      .where("entity_id", "=", String(id))
      .execute()
  ).map((e) => e.action),
});

describe("applyPathwayMove", () => {
  it("moves, writes the timeline and the audit event with what the caller adds, on the caller's transaction", async () => {
    const { id } = await buildPathway(t.ctx, { status: "registered" });
    const at = t.clock.now().toISOString();
    const to = await t.ctx.db.transaction().execute((trx) =>
      applyPathwayMove(trx, {
        pathwayId: id,
        from: "registered",
        event: "withdraw",
        facts,
        caller: platform,
        at,
        auditAfter: { reason: "test" },
      }),
    );
    expect(to).toBe("withdrawn");
    const state = await stateOf(id);
    expect(state.status).toBe("withdrawn");
    expect(state.audit.at(-1)).toBe("pathway.withdraw");
    const event = await t.ctx.db
      .selectFrom("audit_events")
      .select("after_json")
      .where("action", "=", "pathway.withdraw")
      .where("entity_id", "=", String(id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.after_json!)).toEqual({ reason: "test", status: "withdrawn" });
  });

  it("is undone with the caller's own write when that transaction fails", async () => {
    const { id } = await buildPathway(t.ctx, { status: "registered" });
    const before = await stateOf(id);
    const failing = t.ctx.db.transaction().execute(async (trx) => {
      await applyPathwayMove(trx, {
        pathwayId: id,
        from: "registered",
        event: "start_positioning",
        facts,
        caller: platform,
        at: t.clock.now().toISOString(),
      });
      throw new Error("the other module's write failed");
    });
    await expect(failing).rejects.toThrow("the other module's write failed");
    expect(await stateOf(id)).toEqual(before);
  });

  it("refuses a move the table does not have, and a status read before someone else moved it", async () => {
    const { id } = await buildPathway(t.ctx, { status: "registered" });
    const move = { pathwayId: id, facts, caller: platform, at: t.clock.now().toISOString() } as const;
    const notInTable = t.ctx.db
      .transaction()
      .execute((trx) => applyPathwayMove(trx, { ...move, from: "registered", event: "archive" }));
    await expect(notInTable).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    const guard = t.ctx.db.transaction().execute((trx) =>
      applyPathwayMove(trx, {
        ...move,
        from: "registered",
        event: "start_positioning",
        facts: { ...facts, hasEvaluator: false },
      }),
    );
    await expect(guard).rejects.toMatchObject({ code: "EVALUATOR_NOT_ASSIGNED" });
    const stale = t.ctx.db
      .transaction()
      .execute((trx) => applyPathwayMove(trx, { ...move, from: "positioning", event: "withdraw" }));
    await expect(stale).rejects.toMatchObject({ code: "PATHWAY_CHANGED" });
    expect((await stateOf(id)).status).toBe("registered");
  });
});
