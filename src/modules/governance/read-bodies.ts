import { type AppContext, isoToday } from "../../server/context.ts";
import { bodyNotFound } from "./errors.ts";
import { decisionsOf, documentsOfDecisions, findBody, listBodies, membersOf } from "./repository.ts";
import type { BodyView, DecisionView } from "./schemas.ts";
import { toDecisionView, toDocumentVersionView, toMemberView } from "./views.ts";

/** The bodies and their decisions register; every reader sees the same (no scope: these are public acts). */

export async function readBodies(ctx: AppContext): Promise<BodyView[]> {
  const rows = await listBodies(ctx.db);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    kind: row.kind,
    name: row.name,
    branchCode: row.branch_code,
    decisionCount: Number(row.decision_count ?? 0),
  }));
}

export async function findBodyOrThrow(ctx: AppContext, id: number) {
  const body = await findBody(ctx.db, id);
  if (!body) throw bodyNotFound();
  return body;
}

export async function readBody(ctx: AppContext, id: number) {
  const body = await findBodyOrThrow(ctx, id);
  const [members, decisions] = await Promise.all([membersOf(ctx.db, id), decisionsOf(ctx.db, id)]);
  const today = isoToday(ctx);
  return {
    id: body.id,
    code: body.code,
    kind: body.kind,
    name: body.name,
    branchCode: body.branch_code,
    decisionCount: decisions.length,
    members: members.map((m) => toMemberView(m, today)),
  };
}

/** A body's decisions register, latest first, each with the document versions attached to it. */
export async function readDecisions(ctx: AppContext, bodyId: number): Promise<DecisionView[]> {
  await findBodyOrThrow(ctx, bodyId);
  const rows = await decisionsOf(ctx.db, bodyId);
  const documents = await documentsOfDecisions(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toDecisionView(
      row,
      documents
        .filter((d) => d.decision_id === row.id)
        .map((d) => ({ ...toDocumentVersionView(d), documentId: d.document_id, title: d.title })),
    ),
  );
}
