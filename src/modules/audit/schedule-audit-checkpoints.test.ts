import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBranch } from "../../test/factories.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { platform } from "../accounts/caller.ts";
import { generateIssuerKey } from "../certificates/generate-issuer-key.ts";
import { readCheckpoints } from "./checkpoint-file.ts";
import { readHead } from "./repository.ts";
import { type IntervalTimers, scheduleAuditCheckpoints } from "./schedule-audit-checkpoints.ts";
import { verifyAuditCheckpoints } from "./verify-audit-checkpoints.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ auditCheckpointMinutes: 15 });
  await generateIssuerKey(t.ctx, { caller: platform });
});
afterAll(() => t.close());

/** Timers that run nothing by themselves: the test fires the interval's callback by hand. */
function handTimers() {
  const timers = {
    run: null as (() => void) | null,
    ms: 0,
    isCleared: false,
    setInterval(run: () => void, ms: number) {
      timers.run = run;
      timers.ms = ms;
      return {};
    },
    clearInterval() {
      timers.isCleared = true;
    },
  };
  return timers satisfies IntervalTimers;
}
const checkpoints = () => readCheckpoints(t.ctx.config.auditCheckpointFile);
/** Fires the interval and waits until its checkpoint (if any) is written. */
async function tick(timers: ReturnType<typeof handTimers>, expected: number) {
  timers.run!();
  await expect.poll(async () => (await checkpoints()).length, { timeout: 5000 }).toBe(expected);
}

describe("audit checkpoints at intervals", () => {
  it("signs the head every configured interval, only when it moved since the last checkpoint", async () => {
    const errors: unknown[] = [];
    const timers = handTimers();
    const stop = scheduleAuditCheckpoints(t.ctx, (e) => errors.push(e), timers);
    expect(timers.ms).toBe(15 * 60_000);

    await tick(timers, 1);
    const [first] = await checkpoints();
    expect(first).toMatchObject(await readHead(t.ctx.db));

    timers.run!(); // nothing written since: no second checkpoint
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await checkpoints()).toHaveLength(1);

    await buildBranch(t.ctx);
    await tick(timers, 2);
    expect((await checkpoints())[1]!.seq).toBeGreaterThan(first!.seq);
    expect(await verifyAuditCheckpoints(t.ctx)).toMatchObject({ checked: 2, broken: null });
    expect(errors).toEqual([]);
    stop();
    expect(timers.isCleared).toBe(true);
  });

  it("schedules nothing when the interval is 0 (checkpoints on demand only)", () => {
    const timers = handTimers();
    scheduleAuditCheckpoints(
      { ...t.ctx, config: { ...t.ctx.config, auditCheckpointMinutes: 0 } },
      () => {},
      timers,
    );
    expect(timers.run).toBeNull();
  });
});
