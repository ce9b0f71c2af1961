import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { calendarInvitation } from "./calendar-invitation.ts";
import { deliverOutbox, type MailTransport, retryDelayMinutes } from "./deliver-outbox.ts";
import { enqueueMessages } from "./enqueue-messages.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const now = () => t.ctx.clock.now().toISOString();
const enqueue = (recipient: string, kind = "test.message") =>
  t.ctx.db
    .transaction()
    .execute((trx) => enqueueMessages(trx, [{ kind, recipient, subject: "Objet", text: "Texte" }], now()));
const rowOf = (recipient: string) =>
  t.ctx.db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("recipient", "=", recipient)
    .executeTakeFirstOrThrow();

function recorder(failures = 0): MailTransport & { sent: string[] } {
  let left = failures;
  const sent: string[] = [];
  return {
    sent,
    async send(message) {
      if (left-- > 0) throw new Error("SMTP 451 try later");
      sent.push(message.to);
    },
  };
}

describe("notification outbox", () => {
  it("keeps nothing of a transaction that rolls back", async () => {
    await t.ctx.db
      .transaction()
      .execute(async (trx) => {
        await enqueueMessages(
          trx,
          [{ kind: "x", recipient: "rolled@back.example", subject: "s", text: "t" }],
          now(),
        );
        throw new Error("the fact failed");
      })
      .catch(() => {});
    const rows = await t.ctx.db
      .selectFrom("outbox_messages")
      .select("id")
      .where("recipient", "=", "rolled@back.example")
      .execute();
    expect(rows).toEqual([]);
  });

  it("sends a due message once, even with two senders at the same moment", async () => {
    await enqueue("once@test.example");
    const transport = recorder();
    await Promise.all([deliverOutbox(t.ctx, transport), deliverOutbox(t.ctx, transport)]);
    await deliverOutbox(t.ctx, transport);
    expect(transport.sent.filter((to) => to === "once@test.example")).toEqual(["once@test.example"]);
    expect(await rowOf("once@test.example")).toMatchObject({ status: "sent", attempts: 1, sent_at: now() });
  });

  it("retries a failure later with backoff, then sends it", async () => {
    await enqueue("retry@test.example");
    const transport = recorder(1);
    await deliverOutbox(t.ctx, transport);
    const failed = await rowOf("retry@test.example");
    expect(failed).toMatchObject({ status: "pending", attempts: 1, last_error: "SMTP 451 try later" });
    expect(Date.parse(failed.next_attempt_at!) - Date.parse(now())).toBe(retryDelayMinutes(1) * 60_000);
    await deliverOutbox(t.ctx, transport);
    expect(transport.sent).not.toContain("retry@test.example");
    t.clock.advanceMinutes(retryDelayMinutes(1));
    await deliverOutbox(t.ctx, transport);
    expect(transport.sent).toContain("retry@test.example");
    expect(await rowOf("retry@test.example")).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("gives up after the last attempt", async () => {
    await enqueue("never@test.example");
    const transport = recorder(100);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await deliverOutbox(t.ctx, transport);
      t.clock.advanceMinutes(retryDelayMinutes(attempt));
    }
    expect(await rowOf("never@test.example")).toMatchObject({
      status: "failed",
      attempts: 6,
      next_attempt_at: null,
    });
  });

  it("lets admins read the outbox", async () => {
    await enqueue("read@test.example", "jury.convened");
    const admin = await signedIn(t.app, t.ctx, { role: "admin" });
    const response = await t.app.inject({
      method: "GET",
      url: "/api/outbox?status=pending",
      headers: admin.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toContainEqual(
      expect.objectContaining({
        recipient: "read@test.example",
        kind: "jury.convened",
        subject: "Objet",
        status: "pending",
      }),
    );
  });
});

describe("calendar invitation", () => {
  it("is an all-day event with escaped text and folded lines", () => {
    const ics = calendarInvitation({
      uid: "jury-session-7@cqpi",
      day: "2026-12-31",
      summary: "Jury paritaire, métallurgie",
      location: "Salle 2; bâtiment B",
      description: "x".repeat(100),
      stampedAt: "2026-03-02T09:00:00.000Z",
      sequence: 3,
    });
    expect(ics).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101");
    expect(ics).toContain("SUMMARY:Jury paritaire\\, métallurgie");
    expect(ics).toContain("LOCATION:Salle 2\\; bâtiment B");
    expect(ics).toContain("DTSTAMP:20260302T090000Z");
    expect(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
});
