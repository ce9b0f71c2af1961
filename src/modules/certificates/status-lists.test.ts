import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch, signedIn } from "../../test/factories.ts";
import { buildAward } from "../../test/jury-factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { generateIssuerKey } from "./generate-issuer-key.ts";
import { issueCertificate } from "./issue-certificate.ts";
import { findCertificateRow } from "./repository.ts";

/**
 * Status lists of 8 entries (the platform's are 131,072, the recommendation's minimum): small enough to
 * fill in a test, so that the opening of the next list is seen.
 */
const LENGTH = 8;
let t: TestApp;
let branch: Awaited<ReturnType<typeof buildBranch>>;
beforeAll(async () => {
  t = await createTestApp({ statusListLength: LENGTH });
  await generateIssuerKey(t.ctx, { caller: platform });
  branch = await buildBranch(t.ctx);
});
afterAll(() => t.close());

const issue = async () =>
  issueCertificate(t.ctx, { award: await buildAward(t.ctx, { branch }), caller: platform });
const statusOf = async (number: string) => {
  const row = (await findCertificateRow(t.ctx.db, { number }))!;
  const credential = JSON.parse(row.credential_json) as {
    credentialStatus: { statusListCredential: string; statusListIndex: string };
  };
  return { row, credential, status: credential.credentialStatus };
};
const verify = async (credential: unknown) =>
  (await t.app.inject({ method: "POST", url: "/api/verify", payload: { credential } })).json();
const lists = () =>
  t.ctx.db.selectFrom("status_lists").select(["id", "length", "follows_id"]).orderBy("id").execute();

describe("status lists", () => {
  it("opens a second list when the first is full, and the credentials issued then point at it", async () => {
    const first = [];
    for (let i = 0; i < LENGTH; i++) first.push(await issue());
    const [opened] = await lists();
    expect(await lists()).toEqual([{ id: opened!.id, length: LENGTH, follows_id: null }]);
    const indices = await Promise.all(
      first.map(async (c) => (await statusOf(c.number)).row.status_list_index),
    );
    expect(new Set(indices).size).toBe(LENGTH);

    const next = await issue();
    const all = await lists();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ length: LENGTH, follows_id: opened!.id });
    const { row, credential, status } = await statusOf(next.number);
    expect(row.status_list_id).toBe(all[1]!.id);
    expect(status.statusListCredential).toBe(`${t.ctx.config.publicUrl}/api/status-lists/${all[1]!.id}`);
    expect(await verify(credential)).toMatchObject({ verdict: "valid", certificateNumber: next.number });

    const published = await t.app.inject({ method: "GET", url: `/api/status-lists/${all[1]!.id}` });
    expect(published.statusCode).toBe(200);
    expect(published.json().credentialSubject).toMatchObject({
      type: "BitstringStatusList",
      statusPurpose: "revocation",
    });
  });

  it("revokes on the second list without touching the first", async () => {
    const officer = await signedIn(t.app, t.ctx, { role: "branch_officer", branchCodes: [branch.code] });
    const onSecond = await issue();
    const { credential } = await statusOf(onSecond.number);
    const revoked = await t.app.inject({
      method: "POST",
      url: `/api/certificates/${onSecond.number}/revoke`,
      headers: officer.headers,
      payload: { reason: "Erreur de saisie du jury" },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await verify(credential)).verdict).toBe("revoked");
    const [firstList] = await lists();
    const onFirst = await t.ctx.db
      .selectFrom("certificates")
      .select("number")
      .where("status_list_id", "=", firstList!.id)
      .executeTakeFirstOrThrow();
    expect((await verify((await statusOf(onFirst.number)).credential)).verdict).toBe("valid");
  });

  it("opens one list only when issuances at once find the list full", async () => {
    const before = await lists();
    const second = before.at(-1)!;
    const used = await t.ctx.db
      .selectFrom("certificates")
      .select("id")
      .where("status_list_id", "=", second.id)
      .execute();
    const free = LENGTH - used.length;
    const awards = [];
    for (let i = 0; i < free + 3; i++) awards.push(await buildAward(t.ctx, { branch }));
    const issued = await Promise.all(
      awards.map((award) => issueCertificate(t.ctx, { award, caller: platform })),
    );
    expect(new Set(issued.map((c) => c.number)).size).toBe(awards.length);
    const after = await lists();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ follows_id: second.id });
    const counts = await t.ctx.db
      .selectFrom("certificates")
      .select(["status_list_id", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status_list_id")
      .execute();
    expect(Number(counts.find((c) => c.status_list_id === second.id)!.n)).toBe(LENGTH);
    expect(Number(counts.find((c) => c.status_list_id === after.at(-1)!.id)!.n)).toBe(3);
  });

  it("gives every issuance an entry when all of them draw the last free one at once", async () => {
    const current = (await lists()).at(-1)!;
    const taken = await t.ctx.db
      .selectFrom("certificates")
      .select("id")
      .where("status_list_id", "=", current.id)
      .execute();
    for (let i = taken.length; i < LENGTH - 1; i++) await issue();
    const awards = [];
    for (let i = 0; i < 6; i++) awards.push(await buildAward(t.ctx, { branch }));
    const issued = await Promise.all(
      awards.map((award) => issueCertificate(t.ctx, { award, caller: platform })),
    );
    const entries = await Promise.all(
      issued.map(async (c) => {
        const { row } = await statusOf(c.number);
        return `${row.status_list_id}:${row.status_list_index}`;
      }),
    );
    expect(new Set(entries).size).toBe(6);
    const after = await lists();
    expect(after.at(-1)).toMatchObject({ follows_id: current.id });
    expect(entries.filter((e) => e.startsWith(`${current.id}:`))).toHaveLength(1);
  });
});
